// RUN: python3 -c "print('package main\nvar x = ' + '(' * 5000 + '1' + ')' * 5000)" > %t.go
// RUN: not %golc build -emit-ast %t.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// Absurdly deep nesting is reported rather than overflowing the stack (gc
// has no limit; golc stops at 1000 levels). The 1001st parenthesis is at
// column 9+1000.
// CHECK: nesting_too_deep.go.tmp.go:2:1009: exceeded max nesting depth
package main
