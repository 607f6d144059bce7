// RUN: %gorun %s | FileCheck %s
// Package strconv: integers in every base, Atoi and ParseInt with gc's
// *NumError messages, bools, quoting, and floats: FormatFloat with
// explicit precisions (exact decimal rounding, ties to even) and with -1
// (the shortest digits that read back exactly), ParseFloat with correct
// rounding, special values and range errors.
package main

import "strconv"

func main() {
	println(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<64-1, 36)) // CHECK: -42 11111111 -ff 3w5e11264sgsf
	println(string(strconv.AppendInt([]byte("n="), 7, 10)), strconv.FormatBool(true)) // CHECK-NEXT: n=7 true

	for _, s := range []string{"123", "-0", "+7", "x1", "", "99999999999999999999", "1_000"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			println(n, err.Error())
		} else {
			println(n)
		}
	}
	// CHECK-NEXT: 123
	// CHECK-NEXT: 0
	// CHECK-NEXT: 7
	// CHECK-NEXT: 0 strconv.Atoi: parsing "x1": invalid syntax
	// CHECK-NEXT: 0 strconv.Atoi: parsing "": invalid syntax
	// CHECK-NEXT: 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
	// CHECK-NEXT: 0 strconv.Atoi: parsing "1_000": invalid syntax
	for _, c := range []struct {
		s       string
		base    int
		bitSize int
	}{{"0x1F", 0, 64}, {"-0b101", 0, 8}, {"0o777", 0, 16}, {"1_000", 0, 32}, {"300", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12", 2, 64}, {"1", 1, 64}, {"1", 10, 65}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		if err != nil {
			println(n, err.Error())
		} else {
			println(n)
		}
	}
	// CHECK-NEXT: 31
	// CHECK-NEXT: -5
	// CHECK-NEXT: 511
	// CHECK-NEXT: 1000
	// CHECK-NEXT: 127 strconv.ParseInt: parsing "300": value out of range
	// CHECK-NEXT: -128 strconv.ParseInt: parsing "-129": value out of range
	// CHECK-NEXT: 1295
	// CHECK-NEXT: 0 strconv.ParseInt: parsing "12": invalid syntax
	// CHECK-NEXT: 0 strconv.ParseInt: parsing "1": invalid base 1
	// CHECK-NEXT: 0 strconv.ParseInt: parsing "1": invalid bit size 65
	u, err := strconv.ParseUint("-1", 10, 64)
	println(u, err.Error()) // CHECK-NEXT: 0 strconv.ParseUint: parsing "-1": invalid syntax
	for _, s := range []string{"1", "t", "TRUE", "False", "yes"} {
		b, err := strconv.ParseBool(s)
		println(b, err == nil)
	}
	// CHECK-NEXT: true true
	// CHECK-NEXT: true true
	// CHECK-NEXT: true true
	// CHECK-NEXT: false true
	// CHECK-NEXT: false false

	println(strconv.Quote("hello, \"world\"\n\t\x00\xff 日本 \u00a0 \U0001F600")) // CHECK-NEXT: "hello, \"world\"\n\t\x00\xff 日本 \u00a0 😀"
	println(strconv.QuoteToASCII("日本\n"), strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺')) // CHECK-NEXT: "\u65e5\u672c\n" '☺' '\'' '\u263a'
	println(strconv.CanBackquote("a`b"), strconv.CanBackquote("plain")) // CHECK-NEXT: false true
	for _, q := range []string{`"a\tb\u00e9\x41"`, "`raw\\n`", `'x'`, `'\x41'`, `"bad`, `'ab'`} {
		s, err := strconv.Unquote(q)
		println(s, err == nil)
	}
	// CHECK-NEXT: a	béA true
	// CHECK-NEXT: raw\n true
	// CHECK-NEXT: x true
	// CHECK-NEXT: A true
	// CHECK-NEXT:  false
	// CHECK-NEXT:  false

	fs := []float64{0, 1, -1, 0.1, 0.2 + 0.1, 1.0 / 3, 2.5, 1e21, 1e20, 123456789, 1e-7, 5e-324, 1.7976931348623157e308, 100, 0.000123}
	for _, f := range fs {
		println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64))
	}
	// CHECK-NEXT: 0 0e+00 0
	// CHECK-NEXT: 1 1e+00 1
	// CHECK-NEXT: -1 -1e+00 -1
	// CHECK-NEXT: 0.1 1e-01 0.1
	// CHECK-NEXT: 0.3 3e-01 0.3
	// CHECK-NEXT: 0.3333333333333333 3.333333333333333e-01 0.3333333333333333
	// CHECK-NEXT: 2.5 2.5e+00 2.5
	// CHECK-NEXT: 1e+21 1e+21 1000000000000000000000
	// CHECK-NEXT: 1e+20 1e+20 100000000000000000000
	// CHECK-NEXT: 1.23456789e+08 1.23456789e+08 123456789
	// CHECK-NEXT: 1e-07 1e-07 0.0000001
	// CHECK-NEXT: 5e-324 5e-324 0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005
	// CHECK-NEXT: 1.7976931348623157e+308 1.7976931348623157e+308 179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
	// CHECK-NEXT: 100 1e+02 100
	// CHECK-NEXT: 0.000123 1.23e-04 0.000123
	for _, f := range []float64{2.5, 3.5, 0.125, 1.005, 2.675, 1234.5678, -0.0005, 9.9999} {
		println(strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', 4, 64), strconv.FormatFloat(f, 'f', 0, 64))
	}
	// CHECK-NEXT: 2.50 2.500e+00 2.5 2
	// CHECK-NEXT: 3.50 3.500e+00 3.5 4
	// CHECK-NEXT: 0.12 1.250e-01 0.125 0
	// CHECK-NEXT: 1.00 1.005e+00 1.005 1
	// CHECK-NEXT: 2.67 2.675e+00 2.675 3
	// CHECK-NEXT: 1234.57 1.235e+03 1235 1235
	// CHECK-NEXT: -0.00 -5.000e-04 -0.0005 -0
	// CHECK-NEXT: 10.00 1.000e+01 10 10
	println(strconv.FormatFloat(0.1, 'f', 30, 64)) // CHECK-NEXT: 0.100000000000000005551115123126
	println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64)) // CHECK-NEXT: 0.1 0.10000000149011612
	println(strconv.FormatFloat(1.5, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(-3, 'X', 3, 64)) // CHECK-NEXT: 6755399441055744p-52 0x1.8p+00 -0X1.800P+01

	for _, s := range []string{"3.14159", "1e400", "-1e400", "1e-400", "0x1.8p1", "inf", "-Infinity", "NaN", ".5", "1_000.5", "1.2.3", "", "9007199254740993", "2.4703282292062328e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			println(strconv.FormatFloat(f, 'g', -1, 64), err.Error())
		} else {
			println(strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
	// CHECK-NEXT: 3.14159
	// CHECK-NEXT: +Inf strconv.ParseFloat: parsing "1e400": value out of range
	// CHECK-NEXT: -Inf strconv.ParseFloat: parsing "-1e400": value out of range
	// CHECK-NEXT: 0
	// CHECK-NEXT: 3
	// CHECK-NEXT: +Inf
	// CHECK-NEXT: -Inf
	// CHECK-NEXT: NaN
	// CHECK-NEXT: 0.5
	// CHECK-NEXT: 1000.5
	// CHECK-NEXT: 0 strconv.ParseFloat: parsing "1.2.3": invalid syntax
	// CHECK-NEXT: 0 strconv.ParseFloat: parsing "": invalid syntax
	// CHECK-NEXT: 9.007199254740992e+15
	// CHECK-NEXT: 5e-324
	f32, _ := strconv.ParseFloat("3.4028236e38", 32)
	f33, err := strconv.ParseFloat("3.5e38", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 32), strconv.FormatFloat(f33, 'g', -1, 32), err.Error()) // CHECK-NEXT: +Inf +Inf strconv.ParseFloat: parsing "3.5e38": value out of range
}
