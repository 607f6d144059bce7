// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Duplicate constant cases in a switch.
package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	// CHECK: duplicate_case.go:[[@LINE+2]]:10: duplicate case 1 (constant of type int) in expression switch
	// CHECK-NEXT: {{.*}}duplicate_case.go:[[@LINE-2]]:7: previous case
	case 3, 1:
	// CHECK: duplicate_case.go:[[@LINE+2]]:7: duplicate case 2 (constant of type int) in expression switch
	// CHECK-NEXT: {{.*}}duplicate_case.go:[[@LINE-5]]:10: previous case
	case 2:
	}
	s := "a"
	switch s {
	case "a":
	// CHECK: duplicate_case.go:[[@LINE+2]]:12: duplicate case "a" (constant of type string) in expression switch
	// CHECK-NEXT: {{.*}}duplicate_case.go:[[@LINE-2]]:7: previous case
	case "b", "a":
	}
	switch {
	case true:
	case true: // booleans are not checked, as in gc
	}
}
