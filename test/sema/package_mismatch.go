// RUN: not %golc build -o %t %s %S/Inputs/package_other.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// All files of a package have the same package clause. (The go command
// reports this before gc sees the files; golc words it as go/types.)
package main

func main() {
	println(other())
}
// CHECK: package_other.go:2:9: package other; expected main
