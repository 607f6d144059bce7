// RUN: not %golc build -emit-ast %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A switch or select body holds case and default clauses only.
package main

func main() {
	switch x {
	// CHECK: expecting_case.go:[[@LINE+1]]:2: syntax error: unexpected x, expecting case or default or }
	x:
	}
	select {
	// CHECK: expecting_case.go:[[@LINE+1]]:2: syntax error: unexpected foo, expecting case or default or }
	foo()
	// CHECK: expecting_case.go:[[@LINE+1]]:2: syntax error: unexpected }, expecting :
	}
}
