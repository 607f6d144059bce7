// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A select is one call of runtime.selectgo over an scase array, sends
// first, then receives, whatever their order in the source; its result
// picks the clause (-1: the default). select {} is runtime.block.
package main

// CHECK-LABEL: define void @main.sel(ptr %r, ptr %s)
// CHECK: %select.cases = alloca [2 x { ptr, ptr }]
// CHECK: %select.order = alloca [4 x i16]
// CHECK: %[[R:.*]] = load ptr, ptr %r.addr
// CHECK: %[[S:.*]] = load ptr, ptr %s.addr
// CHECK: %[[SC0:.*]] = getelementptr inbounds [2 x { ptr, ptr }], ptr %select.cases, i32 0, i32 0
// CHECK: %[[C0:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[SC0]], i32 0, i32 0
// CHECK: store ptr %[[S]], ptr %[[C0]]
// CHECK: store ptr %select.send,
// CHECK: %[[SC1:.*]] = getelementptr inbounds [2 x { ptr, ptr }], ptr %select.cases, i32 0, i32 1
// CHECK: %[[C1:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[SC1]], i32 0, i32 0
// CHECK: store ptr %[[R]], ptr %[[C1]]
// CHECK: store ptr %select.recv,
// CHECK: %[[RES:.*]] = call { i64, i1 } @runtime.selectgo(ptr %select.cases, ptr %select.order, i64 1, i64 1, i1 zeroext false)
// CHECK: %chosen = extractvalue { i64, i1 } %[[RES]], 0
// CHECK: %recvOK = extractvalue { i64, i1 } %[[RES]], 1
// CHECK: switch i64 %chosen, label %select.default [
// CHECK-NEXT: i64 0, label %[[SEND:select.case[0-9]*]]
// CHECK-NEXT: i64 1, label %[[RECV:select.case[0-9]*]]
// CHECK: [[RECV]]:
// CHECK-NEXT: load i64, ptr %select.recv
// CHECK: zext i1 %recvOK to i8
func sel(r, s chan int) {
	select {
	case v, ok := <-r:
		println(v, ok)
	case s <- 1:
		println("sent")
	default:
		println("none")
	}
}

// CHECK-LABEL: define void @main.main()
// CHECK: call void @runtime.block()
// CHECK-NEXT: unreachable
func main() {
	sel(nil, nil)
	select {}
}

// One case and a default: a non-blocking call, its result turned into the
// index of the clause to run.
// CHECK-LABEL: define void @main.poll(ptr %c)
// CHECK: %[[NB:.*]] = call i16 @runtime.selectnbrecv(ptr %select.recv, ptr
// CHECK: %[[SEL:.*]] = trunc i16 %[[NB]] to i1
// CHECK: %[[HI:.*]] = lshr i16 %[[NB]], 8
// CHECK: %recvOK = trunc i16 %[[HI]] to i1
// CHECK: %chosen = select i1 %[[SEL]], i64 0, i64 -1
// CHECK: %[[SENT:.*]] = call zeroext i1 @runtime.selectnbsend(ptr
// CHECK: select i1 %[[SENT]], i64 0, i64 -1
func poll(c chan int) {
	select {
	case v, ok := <-c:
		println(v, ok)
	default:
	}
	select {
	case c <- 2:
	default:
		println("full")
	}
}
