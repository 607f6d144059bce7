// RUN: %golc build -emit-tokens %s | FileCheck %s
// Automatic semicolons: the newline after a line's final token becomes `;`
// (text '\n') if that token is a name, a literal, ++, --, ), ] or } (or one
// of the keywords in keywords.go). A general comment spanning lines acts
// like a newline; the end of the file too, with text ''.
package main

x
// CHECK:      [[@LINE-1]]:1 ident 'x'
// CHECK-NEXT: [[@LINE-2]]:2 semicolon '\n'
1 2.0 3i 'c' "s" `r`
// CHECK:      [[@LINE-1]]:1 int_lit '1'
// CHECK-NEXT: [[@LINE-2]]:3 float_lit '2.0'
// CHECK-NEXT: [[@LINE-3]]:7 imag_lit '3i'
// CHECK-NEXT: [[@LINE-4]]:10 rune_lit ''c''
// CHECK-NEXT: [[@LINE-5]]:14 string_lit '"s"'
// CHECK-NEXT: [[@LINE-6]]:18 string_lit '`r`'
// CHECK-NEXT: [[@LINE-7]]:21 semicolon '\n'
f() a[0] T{}
// CHECK:      [[@LINE-1]]:1 ident 'f'
// CHECK-NEXT: [[@LINE-2]]:2 lparen '('
// CHECK-NEXT: [[@LINE-3]]:3 rparen ')'
// CHECK-NEXT: [[@LINE-4]]:5 ident 'a'
// CHECK-NEXT: [[@LINE-5]]:6 lbrack '['
// CHECK-NEXT: [[@LINE-6]]:7 int_lit '0'
// CHECK-NEXT: [[@LINE-7]]:8 rbrack ']'
// CHECK-NEXT: [[@LINE-8]]:10 ident 'T'
// CHECK-NEXT: [[@LINE-9]]:11 lbrace '{'
// CHECK-NEXT: [[@LINE-10]]:12 rbrace '}'
// CHECK-NEXT: [[@LINE-11]]:13 semicolon '\n'
i++ j--
// CHECK:      [[@LINE-1]]:1 ident 'i'
// CHECK-NEXT: [[@LINE-2]]:2 inc '++'
// CHECK-NEXT: [[@LINE-3]]:5 ident 'j'
// CHECK-NEXT: [[@LINE-4]]:6 dec '--'
// CHECK-NEXT: [[@LINE-5]]:8 semicolon '\n'
a +
b (
c ,

d ;
// CHECK:      [[@LINE-5]]:1 ident 'a'
// CHECK-NEXT: [[@LINE-6]]:3 plus '+'
// CHECK-NEXT: [[@LINE-6]]:1 ident 'b'
// CHECK-NEXT: [[@LINE-7]]:3 lparen '('
// CHECK-NEXT: [[@LINE-7]]:1 ident 'c'
// CHECK-NEXT: [[@LINE-8]]:3 comma ','
// CHECK-NEXT: [[@LINE-7]]:1 ident 'd'
// CHECK-NEXT: [[@LINE-8]]:3 semicolon ';'
x // the newline after a line comment
// CHECK:      [[@LINE-1]]:1 ident 'x'
// CHECK-NEXT: [[@LINE-2]]:38 semicolon '\n'
x /* a comment on one line */
// CHECK:      [[@LINE-1]]:1 ident 'x'
// CHECK-NEXT: [[@LINE-2]]:30 semicolon '\n'
x /* a comment
spanning lines */ y
// CHECK:      [[@LINE-2]]:1 ident 'x'
// CHECK-NEXT: [[@LINE-3]]:3 semicolon '\n'
// CHECK-NEXT: [[@LINE-3]]:19 ident 'y'
// CHECK-NEXT: [[@LINE-4]]:20 semicolon '\n'
/* nothing before
this comment */ z
// CHECK:      [[@LINE-1]]:17 ident 'z'
// CHECK-NEXT: [[@LINE-2]]:18 semicolon '\n'
// CHECK:      [[@LINE+3]]:1 ident 'end'
// CHECK-NEXT: [[@LINE+2]]:4 semicolon ''
// CHECK-NEXT: [[@LINE+1]]:4 eof ''
end