// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Types outside golc's subset (it has no generics): instantiated types and
// interfaces with type elements (constraints). Each is reported where it is
// written, and values of such types cause no follow-on errors.
package main

// CHECK: unsupported_types.go:[[@LINE+1]]:24: golc does not support type constraints yet
type Number interface{ int | float64 }

// CHECK: unsupported_types.go:[[@LINE+1]]:27: golc does not support type constraints yet
type Stringish interface{ ~string }

// CHECK: unsupported_types.go:[[@LINE+1]]:29: golc does not support type constraints yet
type Intish interface{ M(); int }

func main() {
	// CHECK: unsupported_types.go:[[@LINE+1]]:8: golc does not support generic types yet
	var l List[int]
	println(l.x, l+1)
}
