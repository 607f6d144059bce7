// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A main package without main: gc's linker reports it.
package main

func mainly() {}
// CHECK: function main is undeclared in the main package
