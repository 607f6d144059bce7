// RUN: %gorun %s | FileCheck %s
// Conversions between integer types: narrowing keeps the low bits, widening
// sign-extends a signed source and zero-extends an unsigned one, whatever the
// destination's signedness.
package main

func main() {
	var big int64 = 0x123456789abcdef0
	println("narrow", int8(big), uint8(big), int16(big), uint16(big)) // CHECK: narrow -16 240 -8464 57072
	println("narrow32", int32(big), uint32(big))                      // CHECK-NEXT: narrow32 -1698898192 2596069104

	var neg int8 = -1
	println("widen signed", int16(neg), int32(neg), int64(neg), int(neg)) // CHECK-NEXT: widen signed -1 -1 -1 -1
	println("signed to unsigned", uint8(neg), uint16(neg), uint32(neg))   // CHECK-NEXT: signed to unsigned 255 65535 4294967295
	println("signed to uint64", uint64(neg), uint(neg), uintptr(neg))     // CHECK-NEXT: signed to uint64 18446744073709551615 18446744073709551615 18446744073709551615

	var hi uint8 = 0x80
	println("widen unsigned", int16(hi), int32(hi), int64(hi), int8(hi)) // CHECK-NEXT: widen unsigned 128 128 128 -128

	var u32 uint32 = 0xffffffff
	println("u32", int32(u32), int64(u32), int(u32), uint64(u32)) // CHECK-NEXT: u32 -1 4294967295 4294967295 4294967295

	var u64 uint64 = 1<<63 + 5
	println("u64", int64(u64), int32(u64), uint16(u64)) // CHECK-NEXT: u64 -9223372036854775803 5 5

	// byte and rune are aliases of uint8 and int32.
	var r rune = 0x1F600
	var bt byte = byte(r)
	println("rune", r, bt, int16(r), uint16(r)) // CHECK-NEXT: rune 128512 0 -2560 62976
	var x uint8 = bt + 1
	println("alias", x) // CHECK-NEXT: alias 1

	// A chain of conversions applies each step in turn.
	var v int = -200
	println("chain", int64(uint8(v)), int64(int8(v)), uint32(int16(v))) // CHECK-NEXT: chain 56 56 4294967096
	println("chain2", int(uint16(int8(v-100))))                         // CHECK-NEXT: chain2 65492
}
