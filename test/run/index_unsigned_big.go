// RUN: %gorun %s -- index | FileCheck %s --check-prefix=INDEX
// RUN: %gorun %s -- string | FileCheck %s --check-prefix=STRING
// RUN: %gorun %s -- array | FileCheck %s --check-prefix=ARRAY
// RUN: %gorun %s -- slicehi | FileCheck %s --check-prefix=SLICEHI
// RUN: %gorun %s -- slicelo | FileCheck %s --check-prefix=SLICELO
// RUN: %gorun %s -- slice3 | FileCheck %s --check-prefix=SLICE3
// RUN: %gorun %s -- signed | FileCheck %s --check-prefix=SIGNED
// An index of an unsigned type is reported as the unsigned number it is,
// even at 2^63 and above, where an int64 would be negative: gc's panicIndexU
// and the slice checks' U variants. A negative index of a signed type keeps
// the short form.
package main

import "os"

var s = []int{1, 2, 3}
var str = "abc"
var arr [3]int

func main() {
	var big uint64 = 1<<64 - 1
	var half uint = 1 << 63
	var small uint8 = 200
	var neg int64 = -1
	println(s[small%3], str[small%3], arr[small%3]) // INDEX: 3 99 0
	switch os.Args[1] {
	case "index":
		println(s[big])
		// INDEX-NEXT: panic: runtime error: index out of range [18446744073709551615] with length 3
		// INDEX-EMPTY:
		// INDEX-NEXT: goroutine 1 [running]:
		// INDEX: [exit status 2]
	case "string":
		println(str[half])
		// STRING: panic: runtime error: index out of range [9223372036854775808] with length 3
		// STRING: [exit status 2]
	case "array":
		println(arr[big])
		// ARRAY: panic: runtime error: index out of range [18446744073709551615] with length 3
		// ARRAY: [exit status 2]
	case "slicehi":
		println(len(s[:half]))
		// SLICEHI: panic: runtime error: slice bounds out of range [:9223372036854775808] with capacity 3
		// SLICEHI: [exit status 2]
	case "slicelo":
		println(len(s[big:]))
		// SLICELO: panic: runtime error: slice bounds out of range [18446744073709551615:3]
		// SLICELO: [exit status 2]
	case "slice3":
		println(len(s[:1:big]))
		// SLICE3: panic: runtime error: slice bounds out of range [::18446744073709551615] with capacity 3
		// SLICE3: [exit status 2]
	case "signed":
		println(s[neg])
		// SIGNED: panic: runtime error: index out of range [-1]{{$}}
		// SIGNED: [exit status 2]
	}
}
