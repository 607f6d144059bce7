// RUN: %golc build -emit-llvm -O0 -g -o - %s | FileCheck %s
// With -g: a DW_LANG_Go compile unit; a DISubprogram per function named as Go
// names it, so `break main.fib` works; parameters and locals declared on
// their slots with Go's type names; every instruction located.
package main

// CHECK: define i64 @main.fib(i64 %n) {{.*}}!dbg ![[FIB:[0-9]+]] {
// CHECK: #dbg_declare(ptr %n.addr, ![[N:[0-9]+]], !DIExpression(),
// CHECK: icmp slt i64 %{{.*}}, 2, !dbg ![[CMPLOC:[0-9]+]]
// CHECK: call i64 @main.fib(i64 %{{.*}}), !dbg
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// CHECK: define void @main.main() {{.*}}!dbg ![[MAIN:[0-9]+]] {
// CHECK: #dbg_declare(ptr %s, ![[S:[0-9]+]], !DIExpression(),
// CHECK: #dbg_declare(ptr %i, ![[I:[0-9]+]], !DIExpression(),
func main() {
	s := "fib"
	for i := 0; i < 3; i++ {
		println(s, fib(i))
	}
}

// CHECK: !llvm.dbg.cu = !{![[CU:[0-9]+]]}
// CHECK-DAG: ![[CU]] = distinct !DICompileUnit(language: DW_LANG_Go, file: ![[FILE:[0-9]+]], producer: "golc"
// CHECK-DAG: ![[FILE]] = !DIFile(filename: "debug.go"
// CHECK-DAG: ![[FIB]] = distinct !DISubprogram(name: "main.fib", scope: ![[FILE]], file: ![[FILE]], line: 11,
// CHECK-DAG: ![[N]] = !DILocalVariable(name: "n", arg: 1, scope: ![[FIB]], file: ![[FILE]], line: 11, type: ![[INT:[0-9]+]])
// CHECK-DAG: ![[INT]] = !DIBasicType(name: "int", size: 64, encoding: DW_ATE_signed)
// CHECK-DAG: ![[CMPLOC]] = !DILocation(line: 12, column: 7, scope: ![[FIB]])
// CHECK-DAG: ![[MAIN]] = distinct !DISubprogram(name: "main.main", scope: ![[FILE]], file: ![[FILE]], line: 21,
// CHECK-DAG: ![[S]] = !DILocalVariable(name: "s", scope: ![[MAIN]], file: ![[FILE]], line: 22, type: ![[STR:[0-9]+]])
// CHECK-DAG: ![[STR]] = !DICompositeType(tag: DW_TAG_structure_type, name: "string", {{.*}}size: 128, {{.*}}elements: ![[FIELDS:[0-9]+]])
// CHECK-DAG: ![[FIELDS]] = !{![[STRF:[0-9]+]], ![[LENF:[0-9]+]]}
// CHECK-DAG: ![[STRF]] = !DIDerivedType(tag: DW_TAG_member, name: "str", {{.*}}baseType: ![[BYTEP:[0-9]+]], size: 64
// CHECK-DAG: ![[BYTEP]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*uint8", baseType: ![[BYTE:[0-9]+]]
// CHECK-DAG: ![[BYTE]] = !DIBasicType(name: "uint8", size: 8, encoding: DW_ATE_unsigned)
// CHECK-DAG: ![[LENF]] = !DIDerivedType(tag: DW_TAG_member, name: "len", {{.*}}baseType: ![[INT]], size: 64, align: 64, offset: 64)
// CHECK-DAG: ![[I]] = !DILocalVariable(name: "i", scope: ![[LOOP:[0-9]+]], file: ![[FILE]], line: 23, type: ![[INT]])
// CHECK-DAG: ![[LOOP]] = distinct !DILexicalBlock(scope: ![[MAIN]], file: ![[FILE]], line: 23
