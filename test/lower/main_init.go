// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A package becomes main.main, main.init and one global per variable. A
// constant initialiser is the global's static value; any other initialiser
// runs in main.init, in dependency order, before the init funcs, which are
// numbered main.init.0, main.init.1 in source order. Every function keeps
// frame pointers.
package main

// CHECK-DAG: @main.limit = global i64 100
var limit = 100

// CHECK-DAG: @main.flag = global i8 1
var flag = true

// CHECK-DAG: @main.total = global i64 0
var total = double(base)

// CHECK-DAG: @main.base = global i64 0
var base = limit + 1

func double(x int) int { return 2 * x }

// CHECK-LABEL: define void @main.init.0() #0 {
func init() { total++ }

// CHECK-LABEL: define void @main.init.1() #0 {
func init() { total += 10 }

// CHECK-LABEL: define void @main.main() #0 {
func main() {
	println(total, flag)
}

// CHECK-LABEL: define void @main.init() #0 {
// CHECK: %[[L:.*]] = load i64, ptr @main.limit
// CHECK: %[[B:.*]] = add i64 %[[L]], 1
// CHECK: store i64 %[[B]], ptr @main.base
// CHECK: %[[BV:.*]] = load i64, ptr @main.base
// CHECK: %[[D:.*]] = call i64 @main.double(i64 %[[BV]])
// CHECK: store i64 %[[D]], ptr @main.total
// CHECK: call void @main.init.0()
// CHECK-NEXT: call void @main.init.1()
// CHECK-NEXT: ret void

// CHECK: attributes #0 = { {{.*}}"frame-pointer"="all"{{.*}} }
