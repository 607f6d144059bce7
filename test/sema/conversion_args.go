// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Conversions take exactly one argument.
package main

func main() {
	x := 1
	// CHECK: conversion_args.go:[[@LINE+1]]:10: missing argument in conversion to int
	println(int())
	// CHECK: conversion_args.go:[[@LINE+1]]:17: too many arguments in conversion to int
	println(int(1, 2))
	// CHECK: conversion_args.go:[[@LINE+1]]:14: invalid use of ... in type conversion to int
	println(int(x...))
}
