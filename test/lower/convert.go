// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Numeric conversions follow gc on amd64: integers are truncated or extended
// by the source's signedness; floats convert to integers through x86's
// truncating CVTTSD2SI (to int32 for narrow targets, to int64 otherwise,
// with gc's 2^63 detour for uint64), never through LLVM's fptosi, which is
// poison out of range; string(r) calls runtime.intstring.
package main

// CHECK-LABEL: define i64 @main.widen(i8 %s, i8 %u)
// CHECK: sext i8 %{{.*}} to i64
// CHECK: zext i8 %{{.*}} to i64
func widen(s int8, u uint8) int { return int(s) + int(u) }

// CHECK-LABEL: define i16 @main.narrow(i64 %x)
// CHECK: trunc i64 %{{.*}} to i16
func narrow(x int) int16 { return int16(x) }

// CHECK-LABEL: define double @main.tofloat(i64 %x, i64 %y)
// CHECK: sitofp i64 %{{.*}} to double
// CHECK: uitofp i64 %{{.*}} to double
func tofloat(x int, y uint64) float64 { return float64(x) + float64(y) }

// CHECK-LABEL: define i64 @main.toint(double %f)
// CHECK: %[[V:.*]] = insertelement <2 x double> poison, double %{{.*}}, i64 0
// CHECK: call i64 @llvm.x86.sse2.cvttsd2si64(<2 x double> %[[V]])
// CHECK-NOT: fptosi
func toint(f float64) int { return int(f) }

// CHECK-LABEL: define i8 @main.toint8(float %f)
// CHECK: %[[I:.*]] = call i32 @llvm.x86.sse.cvttss2si(<4 x float>
// CHECK: trunc i32 %[[I]] to i8
func toint8(f float32) int8 { return int8(f) }

// CHECK-LABEL: define i64 @main.touint64(double %f)
// CHECK: %[[SMALL:.*]] = fcmp olt double %[[F:.*]], 0x43E0000000000000
// CHECK: %[[LOW:.*]] = call i64 @llvm.x86.sse2.cvttsd2si64(
// CHECK: fsub double %[[F]], 0x43E0000000000000
// CHECK: %[[HI:.*]] = call i64 @llvm.x86.sse2.cvttsd2si64(
// CHECK: %[[SET:.*]] = or i64 %[[HI]], -9223372036854775808
// CHECK: select i1 %[[SMALL]], i64 %[[LOW]], i64 %[[SET]]
func touint64(f float64) uint64 { return uint64(f) }

// CHECK-LABEL: define float @main.single(double %d)
// CHECK: fptrunc double %{{.*}} to float
func single(d float64) float32 { return float32(d) }

// CHECK-LABEL: define { ptr, i64 } @main.char(i32 %r)
// CHECK: %[[R:.*]] = sext i32 %{{.*}} to i64
// CHECK: call { ptr, i64 } @runtime.intstring(i64 %[[R]])
func char(r rune) string { return string(r) }

func main() {
	println(widen(-1, 255), narrow(70000), tofloat(-1, 1<<63), toint(-2.7),
		toint8(300.5), touint64(1e19), single(0.1), char(0x4e16))
}
