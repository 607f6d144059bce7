// RUN: %golc build -emit-llvm -o %t %s %S/Inputs/valid_multifile_b.go 2>&1 | count 0
// A package in two files: each sees the other's declarations, and package
// variables are initialised in dependency order across files.
package main

var total = count * 2

func main() {
	println(helper(3), total, count)
}
