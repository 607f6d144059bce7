// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// print and println lower as gc's walkPrint: operands first, then one
// printlock, one runtime call per item (println's spaces as printsp, its
// newline as printnl, runs of constant strings merged into one printstring),
// and printunlock.
package main

// CHECK-DAG: @[[XEQ:go.str[.0-9]*]] = private unnamed_addr constant [4 x i8] c"x = "
// CHECK-DAG: @[[ABC:go.str[.0-9]*]] = private unnamed_addr constant [6 x i8] c"a b c\0A"

func get() int { return 42 }

func pair() (int, bool) { return 1, true }

// CHECK-LABEL: define void @main.main()
func main() {
	var i8 int8 = -3
	var u uint16 = 7
	var f32 float32 = 1.5
	s := "str"
	b := true

	// CHECK: %[[N:.*]] = call i64 @main.get()
	// CHECK-NEXT: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printstring({ ptr, i64 } { ptr @[[XEQ]], i64 4 })
	// CHECK-NEXT: call void @runtime.printint(i64 %[[N]])
	// CHECK-NEXT: call void @runtime.printnl()
	// CHECK-NEXT: call void @runtime.printunlock()
	println("x =", get())

	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printstring({ ptr, i64 } { ptr @[[ABC]], i64 6 })
	// CHECK-NEXT: call void @runtime.printunlock()
	println("a", "b", "c")

	// CHECK: %[[I8:.*]] = load i8, ptr %i8
	// CHECK: %[[U:.*]] = load i16, ptr %u
	// CHECK: %[[F:.*]] = load float, ptr %f32
	// CHECK: %[[S:.*]] = load { ptr, i64 }, ptr %s
	// CHECK: %[[B8:.*]] = load i8, ptr %b
	// CHECK: %[[B:.*]] = trunc i8 %[[B8]] to i1
	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: %[[I64:.*]] = sext i8 %[[I8]] to i64
	// CHECK-NEXT: call void @runtime.printint(i64 %[[I64]])
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: %[[U64:.*]] = zext i16 %[[U]] to i64
	// CHECK-NEXT: call void @runtime.printuint(i64 %[[U64]])
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: %[[D:.*]] = fpext float %[[F]] to double
	// CHECK-NEXT: call void @runtime.printfloat(double %[[D]])
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printstring({ ptr, i64 } %[[S]])
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printbool(i1 zeroext %[[B]])
	// CHECK-NEXT: call void @runtime.printnl()
	// CHECK-NEXT: call void @runtime.printunlock()
	println(i8, u, f32, s, b)

	// print adds neither spaces nor a newline; constants are printed by type.
	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printint(i64 1)
	// CHECK-NEXT: call void @runtime.printint(i64 97)
	// CHECK-NEXT: call void @runtime.printfloat(double 2.500000e+00)
	// CHECK-NEXT: call void @runtime.printbool(i1 zeroext false)
	// CHECK-NEXT: call void @runtime.printunlock()
	print(1, 'a', 2.5, false)

	// println(f()) prints each result.
	// CHECK: %[[P:.*]] = call { i64, i1 } @main.pair()
	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printint(i64 %{{.*}})
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printbool(i1 zeroext %{{.*}})
	// CHECK-NEXT: call void @runtime.printnl()
	println(pair())

	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printnl()
	// CHECK-NEXT: call void @runtime.printunlock()
	println()
}

// CHECK: declare void @runtime.printbool(i1 zeroext)
