// RUN: env GOLC_STDLIB=%S/Inputs/stdlib %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A stdlib function declared without a body is an external declaration under
// the package's name, for the runtime to define (docs/runtime-abi.md).
package main

import "extern"

// CHECK-DAG: declare {{.*}}i64 @extern.Ticks()
// CHECK-DAG: define {{.*}}i64 @extern.Twice()
func main() {
	println(extern.Twice())
}
