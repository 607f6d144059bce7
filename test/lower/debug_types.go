// RUN: %golc build -emit-llvm -O0 -g -o - %s | FileCheck %s
// With -g, composite types have Go's names and shapes: a struct is a
// DW_TAG_structure_type of its fields, a slice the structure {array, len,
// cap}, a pointer points to its element's type, maps and funcs are
// pointers. A variable living in a heap cell (here p, which the closure
// captures) is described through its cell: DW_OP_deref.
package main

type Point struct {
	X, Y int
	tag  string
}

// CHECK-LABEL: define void @main.main()
// CHECK: #dbg_declare(ptr %p.cell, ![[P:[0-9]+]], !DIExpression(DW_OP_deref),
// CHECK: #dbg_declare(ptr %s, ![[S:[0-9]+]], !DIExpression(),
func main() {
	p := &Point{1, 2, "a"}
	s := []Point{*p}
	m := map[string]int{}
	f := func() int { return p.X }
	println(len(s), len(m), f())
}

// CHECK-DAG: ![[P]] = !DILocalVariable(name: "p", {{.*}}type: ![[PP:[0-9]+]])
// CHECK-DAG: ![[PP]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*main.Point", baseType: ![[PT:[0-9]+]], size: 64)
// CHECK-DAG: ![[PT]] = !DICompositeType(tag: DW_TAG_structure_type, name: "main.Point", {{.*}}size: 256, align: 64, elements: ![[PF:[0-9]+]])
// CHECK-DAG: ![[PF]] = !{![[X:[0-9]+]], ![[Y:[0-9]+]], ![[TAG:[0-9]+]]}
// CHECK-DAG: ![[TAG]] = !DIDerivedType(tag: DW_TAG_member, name: "tag", {{.*}}size: 128, align: 64, offset: 128)
// CHECK-DAG: ![[S]] = !DILocalVariable(name: "s", {{.*}}type: ![[ST:[0-9]+]])
// CHECK-DAG: ![[ST]] = !DICompositeType(tag: DW_TAG_structure_type, name: "[]main.Point", {{.*}}size: 192, align: 64, elements: ![[SF:[0-9]+]])
// CHECK-DAG: ![[SF]] = !{![[ARR:[0-9]+]], ![[LEN:[0-9]+]], ![[CAP:[0-9]+]]}
// CHECK-DAG: ![[ARR]] = !DIDerivedType(tag: DW_TAG_member, name: "array", {{.*}}baseType: ![[PP]], size: 64
// CHECK-DAG: !DILocalVariable(name: "m", {{.*}}type: ![[MT:[0-9]+]])
// CHECK-DAG: ![[MT]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "map[string]int", baseType: null, size: 64)
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_pointer_type, name: "func() int", baseType: null, size: 64)
