// The scheduler and the collector under load, with one, two and eight Ps:
// a ring of goroutines passes tokens around (each hop parks one goroutine
// and readies the next, often on another M), while every goroutine also
// allocates linked lists that are reachable only from its own stack and
// checks them after each hop, as collections run on whichever M allocates.
// Goroutines are created and exit all the while, and some Gosched. Every
// token must arrive, every list must come through intact: a goroutine
// stack the collector failed to scan (a parked one, a running one whose
// M was stopped mid-switch) would lose nodes.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

enum : int64_t { Ring = 50, Tokens = 5, Hops = 2000, ListLen = 200 };

struct node {
  node *next;
  uint64_t val;
};

static _type nodeType = {sizeof(node), sizeof(node *), 0, 0, 8, 8, kindStruct, nullptr, nullptr,
                         {(const uint8_t *)"main.node", 9}};

static node *build(uint64_t salt) {
  node *head = nullptr;
  for (int64_t i = 0; i < ListLen; i++) {
    node *x = (node *)newobject(&nodeType);
    x->next = head;
    x->val = salt * 1000003 + i;
    head = x;
  }
  return head;
}

static bool check(node *head, uint64_t salt) {
  int64_t i = ListLen;
  for (node *x = head; x; x = x->next) {
    i--;
    if (x->val != salt * 1000003 + i)
      return false;
  }
  return i == 0;
}

struct slot {
  sema in;
  int64_t tokens; // tokens waiting at this goroutine
  mutex lock;
};

void main_main() {
  slot *ring = (slot *)mallocptrs(Ring * sizeof(slot));
  static int64_t hops, broken, created, spawned;
  waitgroup wg = {Ring, {}};
  for (int64_t k = 0; k < Ring; k++) {
    go([ring, k, &wg] {
      slot *me = &ring[k], *next = &ring[(k + 1) % Ring];
      node *list = build(k);
      for (;;) {
        acquire(&me->in);
        int64_t h = __atomic_add_fetch(&hops, 1, __ATOMIC_RELAXED);
        if (!check(list, k))
          __atomic_add_fetch(&broken, 1, __ATOMIC_RELAXED);
        list = build(k); // garbage: the old list
        if (h % 7 == 0)
          Gosched();
        if (h % 13 == 0) {
          // A short-lived goroutine with a list of its own.
          __atomic_add_fetch(&created, 1, __ATOMIC_RELAXED);
          go([h] {
            node *mine = build(h);
            Gosched();
            if (!check(mine, h))
              __atomic_add_fetch(&broken, 1, __ATOMIC_RELAXED);
            __atomic_add_fetch(&spawned, 1, __ATOMIC_RELAXED);
          });
        }
        if (h >= Hops * Tokens) {
          // Pass the stop on and leave.
          release(&next->in);
          break;
        }
        release(&next->in);
      }
      wgdone(&wg);
    });
  }
  for (int64_t t = 0; t < Tokens; t++)
    release(&ring[t * (Ring / Tokens)].in);
  wgwait(&wg);
  // CHECK: ring done, enough hops: 1, broken lists: 0
  printlock();
  prints("ring done, enough hops: ");
  printint(__atomic_load_n(&hops, __ATOMIC_ACQUIRE) >= Hops * Tokens);
  prints(", broken lists: ");
  printint(__atomic_load_n(&broken, __ATOMIC_ACQUIRE));
  printnl();
  printunlock();
  while (NumGoroutine() > 1)
    Gosched();
  // CHECK-NEXT: spawned goroutines all ran: 1
  int64_t ran = __atomic_load_n(&spawned, __ATOMIC_ACQUIRE);
  say("spawned goroutines all ran:", ran == __atomic_load_n(&created, __ATOMIC_ACQUIRE) && ran > 0);
}
