// The collector sees every goroutine stack. A goroutine builds a linked list
// reachable only from its own stack and parks (Gosched) while another
// allocates 4 GiB of garbage, 16 times the heap limit set here, overwriting
// what it gets: the parked stack is a root (pushed from sched.sp), the
// running goroutine's stack is the thread's (setgcstack on every switch).
// Both lists must come through intact, and the peak RSS must stay near the
// heap limit, which shows the garbage was collected.
// With several Ms, collections stop threads in the middle of stack switches
// (malloc.cpp, gcsuspend): a stop there must not tell the collector a
// negative stack size, after which it would stop collecting and this test
// would run out of its heap limit.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "runtime.h"

#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

struct node {
  node *next;
  uint64_t val;
  uint64_t check;
};

// A type with pointers: mallocgc gives it scanned memory.
static _type nodeType = {sizeof(node), sizeof(node *), 0, 0, 8, 8, kindStruct, nullptr, nullptr,
                         {(const uint8_t *)"main.node", 9}};

static node *build(uint64_t n, uint64_t salt) {
  node *head = nullptr;
  for (uint64_t i = 0; i < n; i++) {
    node *x = (node *)newobject(&nodeType);
    x->next = head;
    x->val = i;
    x->check = i * 0x9E3779B97F4A7C15ull ^ salt;
    head = x;
  }
  return head;
}

// Counts the nodes that are still what build made.
static uint64_t verify(node *head, uint64_t n, uint64_t salt) {
  uint64_t good = 0;
  for (uint64_t i = n; head && i-- > 0; head = head->next)
    if (head->val == i && head->check == (i * 0x9E3779B97F4A7C15ull ^ salt))
      good++;
  return good;
}

enum : uint64_t { N = 100000 };
static int finished;
static bool allocating;

// Builds its list, keeps it only in a local variable, and parks until the
// allocator is done.
extern "C" void holder() __asm__("main.holder");
void holder() {
  // volatile: in a stack slot, not in a register that mcall would save in
  // the g (a root too, but not the one under test).
  node *volatile list = build(N, 1);
  while (!allocating)
    Gosched();
  while (allocating)
    Gosched();
  printlock();
  prints("holder list intact: ");
  printuint(verify(list, N, 1));
  printnl();
  printunlock();
  finished++;
}

// Allocates 4 GiB in 64 KiB blocks and node-sized objects, scribbling over
// each, and yields every 64 MiB, with a list of its own on its stack all
// the while.
extern "C" void allocator() __asm__("main.allocator");
void allocator() {
  node *volatile list = build(N, 2);
  allocating = true;
  static _type blockType = {64 << 10, 64 << 10, 0, 0, 8, 8, kindArray, nullptr, nullptr,
                            {(const uint8_t *)"[8192]*int", 10}};
  for (uint64_t i = 0; i < (4ull << 30) / (64 << 10); i++) {
    void *b = mallocgc(64 << 10, &blockType, true);
    memset(b, 0xAB, 64 << 10);
    // Node-sized garbage too, to reuse the memory of any node freed.
    for (int j = 0; j < 16; j++)
      memset(newobject(&nodeType), 0xAB, sizeof(node));
    if (i % 1024 == 0)
      Gosched();
  }
  allocating = false;
  printlock();
  prints("allocator list intact: ");
  printuint(verify(list, N, 2));
  printnl();
  printunlock();
  finished++;
}

static funcval holderfv = {(uintptr_t)&holder};
static funcval allocatorfv = {(uintptr_t)&allocator};

// The process's peak resident set, in MiB.
static long peakRSS() {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (sscanf(line, "VmHWM: %ld kB", &kb) == 1)
      break;
  if (f)
    fclose(f);
  return kb / 1024;
}

void main_init() __asm__("main.init");
void main_init() { GC_set_max_heap_size(256 << 20); }

void main_main() __asm__("main.main");
void main_main() {
  newproc(&holderfv);
  newproc(&allocatorfv);
  while (finished < 2)
    Gosched();
  // CHECK-DAG: holder list intact: 100000
  // CHECK-DAG: allocator list intact: 100000
  // CHECK: collections: many, peak RSS under 512 MiB: true
  printlock();
  prints("collections: ");
  prints(GC_get_gc_no() > 10 ? "many" : "few");
  prints(", peak RSS under 512 MiB: ");
  printbool(peakRSS() < 512);
  printnl();
  printunlock();
}
