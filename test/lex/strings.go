// RUN: %golc build -emit-tokens %s | FileCheck %s
// Interpreted strings with every escape, and raw strings, which may span
// lines and keep backslashes. The carriage return of the raw string's CRLF
// stays in the token (unquoting drops it).
package main

var _ = []string{
	"", "abc", "日本語", "\a\b\f\n\r\t\v\\\"", "'",
	// CHECK:      [[@LINE-1]]:2 string_lit '""'
	// CHECK-NEXT: [[@LINE-2]]:4 comma ','
	// CHECK-NEXT: [[@LINE-3]]:6 string_lit '"abc"'
	// CHECK-NEXT: [[@LINE-4]]:11 comma ','
	// CHECK-NEXT: [[@LINE-5]]:13 string_lit '"日本語"'
	// CHECK-NEXT: [[@LINE-6]]:24 comma ','
	// CHECK-NEXT: [[@LINE-7]]:26 string_lit '"\a\b\f\n\r\t\v\\\""'
	// CHECK-NEXT: [[@LINE-8]]:46 comma ','
	// CHECK-NEXT: [[@LINE-9]]:48 string_lit '"'"'
	// CHECK-NEXT: [[@LINE-10]]:51 comma ','
	"\000\xff\u65e5\U00008a9e", "\u00e4\U0001F600",
	// CHECK:      [[@LINE-1]]:2 string_lit '"\000\xff\u65e5\U00008a9e"'
	// CHECK-NEXT: [[@LINE-2]]:28 comma ','
	// CHECK-NEXT: [[@LINE-3]]:30 string_lit '"\u00e4\U0001F600"'
	// CHECK-NEXT: [[@LINE-4]]:48 comma ','
	``, `\n`, `"`, `日本語`,
	// CHECK:      [[@LINE-1]]:2 string_lit '``'
	// CHECK-NEXT: [[@LINE-2]]:4 comma ','
	// CHECK-NEXT: [[@LINE-3]]:6 string_lit '`\n`'
	// CHECK-NEXT: [[@LINE-4]]:10 comma ','
	// CHECK-NEXT: [[@LINE-5]]:12 string_lit '`"`'
	// CHECK-NEXT: [[@LINE-6]]:15 comma ','
	// CHECK-NEXT: [[@LINE-7]]:17 string_lit '`日本語`'
	// CHECK-NEXT: [[@LINE-8]]:28 comma ','
	`two
lines` + `crlf
too`,
	// CHECK:      [[@LINE-3]]:2 string_lit '`two\nlines`'
	// CHECK-NEXT: [[@LINE-3]]:8 plus '+'
	// CHECK-NEXT: [[@LINE-4]]:10 string_lit '`crlf\r\ntoo`'
	// CHECK-NEXT: [[@LINE-4]]:5 comma ','
}
