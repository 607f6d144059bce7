// RUN: %golc build -emit-tokens %s | FileCheck %s
// Identifiers: a letter or '_' followed by letters and digits, where letters
// and digits are Unicode's (categories Lu Ll Lt Lm Lo, and Nd).
package main

var a, _x9, ThisVariableIsExported, αβ, 日本語, x٣, ǅ, ʰ, Ünïcödé int
// CHECK:      [[@LINE-1]]:1 kw_var 'var'
// CHECK-NEXT: [[@LINE-2]]:5 ident 'a'
// CHECK-NEXT: [[@LINE-3]]:6 comma ','
// CHECK-NEXT: [[@LINE-4]]:8 ident '_x9'
// CHECK-NEXT: [[@LINE-5]]:11 comma ','
// CHECK-NEXT: [[@LINE-6]]:13 ident 'ThisVariableIsExported'
// CHECK-NEXT: [[@LINE-7]]:35 comma ','
// CHECK-NEXT: [[@LINE-8]]:37 ident 'αβ'
// CHECK-NEXT: [[@LINE-9]]:41 comma ','
// CHECK-NEXT: [[@LINE-10]]:43 ident '日本語'
// CHECK-NEXT: [[@LINE-11]]:52 comma ','
// CHECK-NEXT: [[@LINE-12]]:54 ident 'x٣'
// CHECK-NEXT: [[@LINE-13]]:57 comma ','
// CHECK-NEXT: [[@LINE-14]]:59 ident 'ǅ'
// CHECK-NEXT: [[@LINE-15]]:61 comma ','
// CHECK-NEXT: [[@LINE-16]]:63 ident 'ʰ'
// CHECK-NEXT: [[@LINE-17]]:65 comma ','
// CHECK-NEXT: [[@LINE-18]]:67 ident 'Ünïcödé'
// CHECK-NEXT: [[@LINE-19]]:79 ident 'int'
// CHECK-NEXT: [[@LINE-20]]:82 semicolon '\n'
