// Goroutines switching on one M: three goroutines made by newproc run in
// the order the run queues dictate (the newest first, from runnext, then
// the ring; a Gosched'd one goes to the global queue), each receives its
// funcval in r10, keeps its callee-saved registers across Gosched, and gets
// the next goid. Dead g's are reused from the P's free list; past 64 they
// spill to the global list. A dead g has no stack: its stack went to the
// P's stack cache, and goroutines that run one after the other all run on
// the same, most recently freed, stack.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "runtime.h"

// A func value with a captured variable, as the compiler builds for a
// closure: the code receives the funcval's address in r10.
struct workerfv {
  funcval fv;
  int64_t id;
};

static int done;

// The code of the func values: r10 -> first argument, then the C++ body.
extern "C" void worker_entry() __asm__("main.worker");
__asm__(".text\n"
        ".globl main.worker\n"
        ".type main.worker, @function\n"
        "main.worker:\n"
        "  movq %r10, %rdi\n"
        "  jmp main.worker.body\n"
        ".size main.worker, .-main.worker\n");

// Keeps eight values live across each Gosched, more than the caller-saved
// registers can hold at -O2: they must survive in callee-saved registers,
// which mcall saves and gogo restores.
extern "C" void worker_body(workerfv *fv) __asm__("main.worker.body");
void worker_body(workerfv *fv) {
  int64_t id = fv->id;
  volatile int64_t seed = id;
  int64_t a = seed * 3, b = seed * 5, c = seed * 7, d = seed * 11, e = seed * 13, f = seed * 17,
          h = seed * 19, k = seed * 23;
  for (int i = 0; i < 3; i++) {
    printlock();
    prints("goroutine ");
    printint(getg()->goid);
    prints(" worker ");
    printint(id);
    prints(" step ");
    printint(i);
    printnl();
    printunlock();
    Gosched();
    a += 1, b += 2, c += 3, d += 4, e += 5, f += 6, h += 7, k += 8;
  }
  int64_t want = id * (3 + 5 + 7 + 11 + 13 + 17 + 19 + 23) + 3 * 36;
  if (a + b + c + d + e + f + h + k != want) {
    prints("registers lost across Gosched\n");
    exit_(1);
  }
  done++;
}

static workerfv fvs[] = {{{(uintptr_t)&worker_entry}, 1},
                         {{(uintptr_t)&worker_entry}, 2},
                         {{(uintptr_t)&worker_entry}, 3}};

static int quick;
static uintptr_t stacks[128]; // the distinct stacks quick goroutines ran on
static int nstacks;
extern "C" void quickexit() __asm__("main.quickexit");
void quickexit() {
  quick++;
  uintptr_t lo = getg()->stack.lo;
  for (int i = 0; i < nstacks; i++)
    if (stacks[i] == lo)
      return;
  stacks[nstacks++] = lo;
}
static funcval quickfv = {(uintptr_t)&quickexit};

static void spawnquick(int n) {
  quick = 0;
  for (int i = 0; i < n; i++)
    newproc(&quickfv);
  while (quick < n)
    Gosched();
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  for (workerfv &fv : fvs)
    newproc(&fv.fv);
  while (done < 3)
    Gosched();
  // CHECK:      goroutine 4 worker 3 step 0
  // CHECK-NEXT: goroutine 2 worker 1 step 0
  // CHECK-NEXT: goroutine 3 worker 2 step 0
  // CHECK-NEXT: goroutine 4 worker 3 step 1
  // CHECK-NEXT: goroutine 2 worker 1 step 1
  // CHECK-NEXT: goroutine 3 worker 2 step 1
  // CHECK-NEXT: goroutine 4 worker 3 step 2
  // CHECK-NEXT: goroutine 2 worker 1 step 2
  // CHECK-NEXT: goroutine 3 worker 2 step 2

  // The three dead g's are on the P's free list; the next goroutine
  // reuses the last one that died (worker 2's g).
  p *pp = getg()->m->p;
  g *last = pp->gFree.head;
  uintptr_t ngs = allglen;
  spawnquick(1);
  // CHECK-NEXT: free 3, reused 1, allgs 4, next goid 6
  printlock();
  prints("free ");
  printint(pp->gFreen);
  prints(", reused ");
  printint(pp->gFree.head == last && allglen == ngs);
  prints(", allgs ");
  printint((int64_t)allglen);
  prints(", next goid ");
  printint((int64_t)pp->goidcache);
  printnl();
  printunlock();

  // 100 goroutines alive at once: 97 new g's. As they die, the local free
  // list reaches 64 twice and each time moves 33 g's to the global list.
  // They ran one after the other, all on the stack the first one took
  // from the P's cache, and none of the dead g's kept a stack.
  nstacks = 0;
  spawnquick(100);
  // CHECK-NEXT: allgs 101, local free 34, global free 66, ran on 1 stack
  printlock();
  prints("allgs ");
  printint((int64_t)allglen);
  prints(", local free ");
  printint(pp->gFreen);
  prints(", global free ");
  printint(sched.gFree.n);
  prints(", ran on ");
  printint(nstacks);
  prints(" stack\n");
  printunlock();
  int64_t withStack = 0;
  for (g *gp = pp->gFree.head; gp; gp = gp->schedlink)
    withStack += gp->stack.lo != 0;
  for (g *gp = sched.gFree.list.head; gp; gp = gp->schedlink)
    withStack += gp->stack.lo != 0;
  // CHECK-NEXT: dead g's with a stack: 0
  printlock();
  prints("dead g's with a stack: ");
  printint(withStack);
  printnl();
  printunlock();

  // They all run again, no new g.
  spawnquick(100);
  // CHECK-NEXT: again: allgs 101, ran 100
  printlock();
  prints("again: allgs ");
  printint((int64_t)allglen);
  prints(", ran ");
  printint(quick);
  printnl();
  printunlock();
  // CHECK-NOT: {{.}}
}
