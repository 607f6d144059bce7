// RUN: %gorun %s | FileCheck %s
// Declared functions are values too: stored in variables, maps and slices,
// passed and returned, called through a func type of their own name.
package main

type BinOp func(int, int) int

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func fold(op BinOp, init int, xs ...int) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func pick(name string) BinOp {
	switch name {
	case "add":
		return add
	case "mul":
		return mul
	}
	return nil
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	ops := map[string]BinOp{"add": add, "sub": sub, "mul": mul}
	println(ops["add"](2, 3), ops["sub"](2, 3), ops["mul"](2, 3)) // CHECK: 5 -1 6
	println(fold(add, 0, 1, 2, 3, 4), fold(mul, 1, 1, 2, 3, 4))    // CHECK-NEXT: 10 24
	println(pick("div") == nil, pick("add")(40, 2))                // CHECK-NEXT: true 42
	table := []BinOp{add, sub, mul, BinOp(func(a, b int) int { return a % b })}
	s := 0
	for _, op := range table {
		s += op(7, 3)
	}
	println(s) // CHECK-NEXT: 36
	f := divmod
	q, r := f(17, 5)
	println(q, r) // CHECK-NEXT: 3 2
}
