// RUN: %golc build -emit-tokens %s | FileCheck %s
// The 25 keywords, each its own token kind. A newline after break,
// continue, fallthrough or return becomes a semicolon; after the other
// keywords it does not. Names that only contain a keyword stay names.
package main
// CHECK:      [[@LINE-1]]:1 kw_package 'package'
// CHECK-NEXT: [[@LINE-2]]:9 ident 'main'
// CHECK-NEXT: [[@LINE-3]]:13 semicolon '\n'

break
// CHECK:      [[@LINE-1]]:1 kw_break 'break'
// CHECK-NEXT: [[@LINE-2]]:6 semicolon '\n'
continue
// CHECK:      [[@LINE-1]]:1 kw_continue 'continue'
// CHECK-NEXT: [[@LINE-2]]:9 semicolon '\n'
fallthrough
// CHECK:      [[@LINE-1]]:1 kw_fallthrough 'fallthrough'
// CHECK-NEXT: [[@LINE-2]]:12 semicolon '\n'
return
// CHECK:      [[@LINE-1]]:1 kw_return 'return'
// CHECK-NEXT: [[@LINE-2]]:7 semicolon '\n'
case chan const default defer else for func go goto if import
// CHECK:      [[@LINE-1]]:1 kw_case 'case'
// CHECK-NEXT: [[@LINE-2]]:6 kw_chan 'chan'
// CHECK-NEXT: [[@LINE-3]]:11 kw_const 'const'
// CHECK-NEXT: [[@LINE-4]]:17 kw_default 'default'
// CHECK-NEXT: [[@LINE-5]]:25 kw_defer 'defer'
// CHECK-NEXT: [[@LINE-6]]:31 kw_else 'else'
// CHECK-NEXT: [[@LINE-7]]:36 kw_for 'for'
// CHECK-NEXT: [[@LINE-8]]:40 kw_func 'func'
// CHECK-NEXT: [[@LINE-9]]:45 kw_go 'go'
// CHECK-NEXT: [[@LINE-10]]:48 kw_goto 'goto'
// CHECK-NEXT: [[@LINE-11]]:53 kw_if 'if'
// CHECK-NEXT: [[@LINE-12]]:56 kw_import 'import'
interface map package range select struct switch type var
// CHECK:      [[@LINE-1]]:1 kw_interface 'interface'
// CHECK-NEXT: [[@LINE-2]]:11 kw_map 'map'
// CHECK-NEXT: [[@LINE-3]]:15 kw_package 'package'
// CHECK-NEXT: [[@LINE-4]]:23 kw_range 'range'
// CHECK-NEXT: [[@LINE-5]]:29 kw_select 'select'
// CHECK-NEXT: [[@LINE-6]]:36 kw_struct 'struct'
// CHECK-NEXT: [[@LINE-7]]:43 kw_switch 'switch'
// CHECK-NEXT: [[@LINE-8]]:50 kw_type 'type'
// CHECK-NEXT: [[@LINE-9]]:55 kw_var 'var'
breaks _for Func import2
// CHECK:      [[@LINE-1]]:1 ident 'breaks'
// CHECK-NEXT: [[@LINE-2]]:8 ident '_for'
// CHECK-NEXT: [[@LINE-3]]:13 ident 'Func'
// CHECK-NEXT: [[@LINE-4]]:18 ident 'import2'
// CHECK-NEXT: [[@LINE-5]]:25 semicolon '\n'
