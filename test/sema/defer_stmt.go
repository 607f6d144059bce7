// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// defer takes a function call, whose results it discards; a conversion or
// a builtin with a result is not one. recover takes no arguments and
// returns an interface{}.
package main

func f() int { return 1 }

func main() {
	defer f()
	// CHECK: defer_stmt.go:[[@LINE+1]]:8: defer requires function call, not conversion int(3) (constant 3 of type int)
	defer int(3)
	defer recover()
	defer close(make(chan int))
	defer println("x")
	// CHECK: defer_stmt.go:[[@LINE+1]]:6: invalid operation: too many arguments for recover(1) (expected 0, found 1)
	_ = recover(1)
	// CHECK: defer_stmt.go:[[@LINE+2]]:14: cannot use recover() (value of type interface{}) as type int in variable declaration:
	// CHECK-NEXT: {{^}}	need type assertion
	var x int = recover()
	// CHECK: defer_stmt.go:[[@LINE+1]]:8: defer discards result of len("abc") (constant 3 of type int)
	defer len("abc")
	_ = x
}
