// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A method is a function taking its receiver first: `main.Counter.Get`
// takes a Counter, `main.(*Counter).Inc` a pointer. Calls insert & and *
// as Go does, follow embedded fields (here an embedded pointer), and a
// method value binds its receiver in a funcval whose code is the
// `main.T.m-fm` thunk; a method expression is a static funcval, of the
// method or of a generated `main.(*T).m` wrapper for a value method.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Named struct {
	*Counter
	name string
}

// c.Inc() needs &c: c lives in a heap cell. p.Get() loads *p. nm.Inc()
// follows the embedded pointer.
// CHECK-LABEL: define i64 @main.use({ i64 } %c, ptr %p, { ptr, { ptr, i64 } } %nm)
// CHECK: %[[C:.*]] = call ptr @runtime.newobject(ptr @type.main.Counter)
// CHECK: %[[CP:.*]] = load ptr, ptr %c.cell
// CHECK-NEXT: call void @"main.(*Counter).Inc"(ptr %[[CP]])
// CHECK-NEXT: %[[P:.*]] = load ptr, ptr %p.addr
// CHECK-NEXT: call void @"main.(*Counter).Inc"(ptr %[[P]])
// CHECK-NEXT: %[[EMB:.*]] = getelementptr inbounds { ptr, { ptr, i64 } }, ptr %nm.addr, i32 0, i32 0
// CHECK-NEXT: %[[EP:.*]] = load ptr, ptr %[[EMB]]
// CHECK-NEXT: call void @"main.(*Counter).Inc"(ptr %[[EP]])
// CHECK: %[[P2:.*]] = load ptr, ptr %p.addr
// CHECK-NEXT: %nilcheck = load volatile i8, ptr %[[P2]]
// CHECK-NEXT: %[[PV:.*]] = load { i64 }, ptr %[[P2]]
// CHECK-NEXT: call i64 @main.Counter.Get({ i64 } %[[PV]])
func use(c Counter, p *Counter, nm Named) int {
	c.Inc()
	p.Inc()
	nm.Inc()
	return c.Get() + p.Get() + nm.Get()
}

// CHECK-LABEL: define { ptr, ptr } @main.values(
// CHECK: %funcval = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 *main.Counter }", i1 zeroext true)
// CHECK-NEXT: store ptr @"main.(*Counter).Inc-fm", ptr %funcval
// CHECK: %[[V:.*]] = load { i64 }, ptr
// CHECK-NEXT: %funcval{{[0-9]+}} = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 main.Counter }", i1 zeroext true)
// CHECK-NEXT: store ptr @main.Counter.Get-fm, ptr
func values(c Counter) (func(), func() int) {
	return c.Inc, c.Get
}

// CHECK-LABEL: define linkonce_odr void @"main.(*Counter).Inc-fm"(ptr nest %ctx)
// CHECK-NEXT: entry:
// CHECK-NEXT: %[[F:.*]] = getelementptr inbounds { i64, ptr }, ptr %ctx, i32 0, i32 1
// CHECK-NEXT: %[[R:.*]] = load ptr, ptr %[[F]]
// CHECK-NEXT: call void @"main.(*Counter).Inc"(ptr %[[R]])

// CHECK-LABEL: define linkonce_odr i64 @main.Counter.Get-fm(ptr nest %ctx)
// CHECK: %[[R2:.*]] = load { i64 }, ptr
// CHECK-NEXT: call i64 @main.Counter.Get({ i64 } %[[R2]])

// CHECK-LABEL: define { ptr, ptr } @main.exprs()
// CHECK-NEXT: entry:
// CHECK-NEXT: ret { ptr, ptr } { ptr @"main.Counter.Get\C2\B7f", ptr @"main.(*Counter).Get\C2\B7f" }
func exprs() (func(Counter) int, func(*Counter) int) {
	return Counter.Get, (*Counter).Get
}

// The wrappers are in the section golc_wrapper, which recover looks
// through. A value method through a pointer checks it for nil first.
// CHECK-LABEL: define linkonce_odr i64 @"main.(*Counter).Get"(ptr %recv) {{.*}}section "golc_wrapper"
// CHECK-NEXT: entry:
// CHECK-NEXT: %nilcheck = load volatile i8, ptr %recv
// CHECK-NEXT: %[[V2:.*]] = load { i64 }, ptr %recv
// CHECK-NEXT: call i64 @main.Counter.Get({ i64 } %[[V2]])

func main() {}
