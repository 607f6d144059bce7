// RUN: %golc build -emit-tokens %s | FileCheck %s
// Comments produce no tokens: `//` runs to the end of the line, `/*` to the
// first `*/` (comments do not nest). Inside literals they are just text.
package main

a /* b /* c */ d */ e
// CHECK:      [[@LINE-1]]:1 ident 'a'
// CHECK-NEXT: [[@LINE-2]]:16 ident 'd'
// CHECK-NEXT: [[@LINE-3]]:18 star '*'
// CHECK-NEXT: [[@LINE-4]]:19 slash '/'
// CHECK-NEXT: [[@LINE-5]]:21 ident 'e'
// CHECK-NEXT: [[@LINE-6]]:22 semicolon '\n'
f/**/g//h
// CHECK:      [[@LINE-1]]:1 ident 'f'
// CHECK-NEXT: [[@LINE-2]]:6 ident 'g'
// CHECK-NEXT: [[@LINE-3]]:10 semicolon '\n'
"// not a comment" `/* nor this */` '/'
// CHECK:      [[@LINE-1]]:1 string_lit '"// not a comment"'
// CHECK-NEXT: [[@LINE-2]]:20 string_lit '`/* nor this */`'
// CHECK-NEXT: [[@LINE-3]]:37 rune_lit ''/''
// CHECK-NEXT: [[@LINE-4]]:40 semicolon '\n'
