//===- runtime/asm_amd64.S - boot and stack switching on x86-64 -----------===//
//
// The few runtime routines that must control sp directly, written like Go's
// runtime/asm_amd64.s but for the C calling convention golc uses everywhere:
//
//   rt0_go       boots: g0 and m0 on the OS stack, then schedinit, newproc
//                of runtime.main and mstart
//   gogo         switches to a goroutine saved in a gobuf
//   mcall        leaves a goroutine for the g0 stack, to call the scheduler
//   systemstack  runs a function on the g0 stack and comes back
//   goexit       the return address at the bottom of every goroutine
//   sigpanic     where a goroutine that faulted is sent to panic
//   deferproc, deferreturn, gorecover, calldeferred, recovery
//                defer, panic and recover, which need the caller's frame
//                (panic.cpp has their C++ halves)
//   mainPC       the funcval of runtime.main
//
// The current g lives in the thread-local runtime.tlsg (runtime2.h), read and
// written here as %fs:runtime.tlsg@tpoff. Field offsets come from
// runtime2.h, which checks each one against the C++ structs.
//
// Every switch of stack also tells the GC which stack the thread now runs on
// (runtime.setgcstack, malloc.cpp), because Boehm scans a thread's stack from
// its sp up to the bottom it was told. CFI directives describe every frame,
// so gdb unwinds through these routines (a backtrace from runtime.newproc1
// reaches runtime.rt0_go and main; one from main.main stops at goexit).
//
//===----------------------------------------------------------------------===//

#include "runtime2.h"

#define get_tls_g(reg) movq %fs:runtime.tlsg@tpoff, reg
#define set_tls_g(reg) movq reg, %fs:runtime.tlsg@tpoff

#define FUNC(name)            \
  .globl name;                \
  .type name, @function;      \
  .p2align 4;                 \
  name:

#define END(name) .size name, .- name

// The C calling convention's callee-saved registers (but rbp), to or from
// the gobuf at off(reg).
#define SAVE_CALLEE_SAVED(off, reg)   \
  movq %rbx, off+GOBUF_BX(reg);       \
  movq %r12, off+GOBUF_R12(reg);      \
  movq %r13, off+GOBUF_R13(reg);      \
  movq %r14, off+GOBUF_R14(reg);      \
  movq %r15, off+GOBUF_R15(reg)
#define LOAD_CALLEE_SAVED(off, reg)   \
  movq off+GOBUF_BX(reg), %rbx;       \
  movq off+GOBUF_R12(reg), %r12;      \
  movq off+GOBUF_R13(reg), %r13;      \
  movq off+GOBUF_R14(reg), %r14;      \
  movq off+GOBUF_R15(reg), %r15

  .text

// func rt0_go(argc int32, argv **byte)
// The runtime's entry point, called by the C main that glibc's _start runs
// (os_linux.cpp). edi = argc, rsi = argv. Never returns.
// Frame: the saved rbp of main, so backtraces go rt0_go -> main.
FUNC(runtime.rt0_go)
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  // argc and argv wait in callee-saved registers (rt0_go never returns, so
  // main's values need not be kept).
  movl %edi, %r12d
  movq %rsi, %r13

  // g0 runs on this OS stack: it starts here and goes down at least 64 KiB
  // (the kernel gives the main thread RLIMIT_STACK, 8 MiB by default; the
  // estimate only bounds what the runtime treats as g0's own).
  leaq runtime.g0(%rip), %rdi
  movq %rsp, G_STACK_HI(%rdi)
  leaq -65536(%rsp), %rax
  movq %rax, G_STACK_LO(%rdi)
  addq $StackGuard, %rax
  movq %rax, G_STACKGUARD0(%rdi)
  movq %rax, G_STACKGUARD1(%rdi)

  // This thread runs g0 now; g0 and m0 point at each other.
  set_tls_g(%rdi)
  leaq runtime.m0(%rip), %rax
  movq %rdi, M_G0(%rax)
  movq %rax, G_M(%rdi)

  movl %r12d, %edi
  movq %r13, %rsi
  call runtime.args
  call runtime.osinit
  call runtime.schedinit

  // Create a new goroutine to start the program: newproc(&mainPC) puts a g
  // that will run runtime.main on this P's run queue.
  leaq runtime.mainPC(%rip), %rdi
  call runtime.newproc

  // Start this M: the scheduler picks that goroutine and runs it.
  call runtime.mstart
  ud2 // mstart never returns
  .cfi_endproc
END(runtime.rt0_go)

// func gogo(buf *gobuf)
// Switches to the goroutine saved in buf: makes buf->g the current g (and
// the stack the GC scans), loads sp, bp, the callee-saved registers and ctxt
// (r10: a closure's funcval, the `nest` parameter), clears the saved copy
// (sp == 0 marks a running goroutine; stale pointers would keep garbage
// alive) and jumps to buf->pc. Never returns. rdi = buf.
FUNC(runtime.gogo)
  .cfi_startproc
  pushq %rdi // also aligns the stack for the call
  .cfi_adjust_cfa_offset 8
  movq GOBUF_G(%rdi), %rdi
  call runtime.setgcstack
  popq %rdi
  .cfi_adjust_cfa_offset -8

  movq GOBUF_G(%rdi), %rdx
  set_tls_g(%rdx)
  movq GOBUF_SP(%rdi), %rsp
  movq GOBUF_BP(%rdi), %rbp
  movq GOBUF_CTXT(%rdi), %r10
  LOAD_CALLEE_SAVED(0, %rdi)
  movq GOBUF_PC(%rdi), %rax
  xorl %ecx, %ecx
  movq %rcx, GOBUF_SP(%rdi)
  movq %rcx, GOBUF_CTXT(%rdi)
  movq %rcx, GOBUF_BP(%rdi)
  movq %rcx, GOBUF_BX(%rdi)
  movq %rcx, GOBUF_R12(%rdi)
  movq %rcx, GOBUF_R13(%rdi)
  movq %rcx, GOBUF_R14(%rdi)
  movq %rcx, GOBUF_R15(%rdi)
  jmp *%rax
  .cfi_endproc
END(runtime.gogo)

// func mcall(fn func(*g))
// Switches from the current goroutine gp to the g0 stack and calls fn(gp).
// First saves gp's context in gp->sched as if mcall had returned: pc = the
// return address, sp = the caller's sp after the return, bp, rbx, r12-r15;
// gogo(&gp->sched) later resumes the caller right after its call to mcall.
// fn must not return: it ends in schedule. rdi = fn.
// Frame on g0: a fake call from g0.sched (mstart0's frame), so a backtrace
// from fn reads fn -> mcall -> mstart0 -> mstart -> rt0_go.
FUNC(runtime.mcall)
  .cfi_startproc
  get_tls_g(%rax) // gp
  movq (%rsp), %rcx
  movq %rcx, G_SCHED+GOBUF_PC(%rax)
  leaq 8(%rsp), %rcx
  movq %rcx, G_SCHED+GOBUF_SP(%rax)
  movq %rbp, G_SCHED+GOBUF_BP(%rax)
  SAVE_CALLEE_SAVED(G_SCHED, %rax)

  movq G_M(%rax), %rcx
  movq M_G0(%rcx), %rdx
  cmpq %rdx, %rax
  jne 1f
  jmp runtime.badmcall // mcall called on g0
1:
  // Switch to g0 and its stack.
  set_tls_g(%rdx)
  movq G_SCHED+GOBUF_SP(%rdx), %rsp
  .cfi_def_cfa %rsp, 0
  pushq G_SCHED+GOBUF_PC(%rdx)
  .cfi_def_cfa_offset 8
  pushq G_SCHED+GOBUF_BP(%rdx)
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  // rbx and r12 are free: gp's values are in gp->sched.
  movq %rax, %rbx // gp
  movq %rdi, %r12 // fn
  movq %rdx, %rdi
  call runtime.setgcstack
#if GOLC_TSAN
  // ThreadSanitizer: the thread runs g0's fiber now (race.cpp).
  get_tls_g(%rdi)
  call runtime.raceswitch
#endif
  movq %rbx, %rdi
  call *%r12
  call runtime.badmcall2 // fn returned
  ud2
  .cfi_endproc
END(runtime.mcall)

// func systemstack(fn func(arg), arg)
// Runs fn(arg) on the M's g0 stack and returns. On g0 or gsignal already it
// just calls fn. From the M's current goroutine gp it records gp's live
// stack in gp->sched (sp: the GC scans gp's stack from there while fn runs;
// pc and bp: where gp's frames continue), switches to g0 at g0.sched.sp,
// calls fn, and switches back to m->curg. rbp keeps pointing at this frame
// on gp's stack, so fn's frame chain and the CFI lead back into gp's frames.
// rdi = fn, rsi = arg.
FUNC(runtime.systemstack)
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  pushq %rbx
  pushq %r12
  .cfi_offset %rbx, -24
  .cfi_offset %r12, -32
  movq %rdi, %rbx // fn
  movq %rsi, %r12 // arg

  get_tls_g(%rax)
  movq G_M(%rax), %rcx
  cmpq M_GSIGNAL(%rcx), %rax
  je 2f
  movq M_G0(%rcx), %rdx
  cmpq %rdx, %rax
  je 2f
  cmpq M_CURG(%rcx), %rax
  jne 3f

  // Leave gp: record where its stack and frames are.
  movq %rsp, G_SCHED+GOBUF_SP(%rax)
  movq 8(%rbp), %rcx
  movq %rcx, G_SCHED+GOBUF_PC(%rax)
  movq (%rbp), %rcx
  movq %rcx, G_SCHED+GOBUF_BP(%rax)
  set_tls_g(%rdx)
  movq G_SCHED+GOBUF_SP(%rdx), %rsp
  movq %rdx, %rdi
  call runtime.setgcstack
  movq %r12, %rdi
  call *%rbx

  // Back to the goroutine, which is still m->curg.
  get_tls_g(%rax)
  movq G_M(%rax), %rcx
  movq M_CURG(%rcx), %rbx
  movq %rbx, %rdi
  call runtime.setgcstack
  set_tls_g(%rbx)
  movq G_SCHED+GOBUF_SP(%rbx), %rsp
  xorl %eax, %eax
  movq %rax, G_SCHED+GOBUF_SP(%rbx)
  movq %rax, G_SCHED+GOBUF_PC(%rbx)
  movq %rax, G_SCHED+GOBUF_BP(%rbx)
  .cfi_remember_state
  popq %r12
  popq %rbx
  popq %rbp
  .cfi_def_cfa %rsp, 8
  ret
  .cfi_restore_state

2:
  // Already on the system stack.
  movq %r12, %rdi
  call *%rbx
  .cfi_remember_state
  popq %r12
  popq %rbx
  popq %rbp
  .cfi_def_cfa %rsp, 8
  ret
  .cfi_restore_state

3:
  // Called from a goroutine this M is not running.
  call runtime.badsystemstack
  ud2
  .cfi_endproc
END(runtime.systemstack)

// The bottom frame of every goroutine. newproc1 makes goexit+PCQuantum the
// return address of the goroutine's function, so when that function returns
// it lands on the call to goexit1 below, which ends the goroutine. The nop
// puts goexit+1 inside goexit, which is how tracebacks and gdb name that
// return address. The CFI marks it the outermost frame. Never returns.
FUNC(runtime.goexit)
  .cfi_startproc
  .cfi_undefined %rip
  nop
  call runtime.goexit1 // sp is 16-aligned here: newproc1 made it so
  ud2
  .cfi_endproc
END(runtime.goexit)

// Where the SIGSEGV handler sends a goroutine that faulted in Go code
// (signal_unix.cpp). The handler pushed the faulting pc as a return address,
// so the goroutine looks as if the faulting instruction had called sigpanic,
// and tracebacks show the faulting function at the fault's offset. The fault
// could have happened at any sp, so this aligns the stack before calling
// sigpanic0, which panics. Never returns.
FUNC(runtime.sigpanic)
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  andq $-16, %rsp
  call runtime.sigpanic0
  ud2
  .cfi_endproc
END(runtime.sigpanic)

// func deferproc(fn *funcval) int32
// A defer statement: newdefer(fn) pushes a _defer on g._defer;
// this fills in its ctx with the caller's frame as it will be when deferproc
// has returned (pc = the return address, sp above it, the caller's rbp and
// callee-saved registers) and returns 0. recovery(&d->ctx) returns from
// here a second time, with 1: the compiler declares deferproc returns_twice,
// as setjmp is.
FUNC(runtime.deferproc)
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  call runtime.newdefer // rdi as given; keeps rbx, r12-r15
  movq 8(%rbp), %rcx
  movq %rcx, DEFER_CTX+GOBUF_PC(%rax)
  leaq 16(%rbp), %rcx
  movq %rcx, DEFER_CTX+GOBUF_SP(%rax)
  movq (%rbp), %rcx
  movq %rcx, DEFER_CTX+GOBUF_BP(%rax)
  SAVE_CALLEE_SAVED(DEFER_CTX, %rax)
  xorl %eax, %eax
  popq %rbp
  .cfi_def_cfa %rsp, 8
  ret
  .cfi_endproc
END(runtime.deferproc)

// func deferreturn()
// Called on the return path of a function that defers: runs the deferred
// calls whose frame is the caller's. The caller's rbp names its frame, as it
// did for deferproc.
FUNC(runtime.deferreturn)
  .cfi_startproc
  movq %rbp, %rdi
  jmp runtime.deferreturn1
  .cfi_endproc
END(runtime.deferreturn)

// func gorecover() interface{}
// recover(): gorecover1(the caller's frame, the return address into it).
// Every golc function keeps a frame pointer, so the caller's rbp leads up
// the chain of frames.
FUNC(runtime.gorecover)
  .cfi_startproc
  movq %rbp, %rdi
  movq (%rsp), %rsi
  jmp runtime.gorecover1
  .cfi_endproc
END(runtime.gorecover)

// func calldeferred(fn *funcval, argp *uintptr)
// Calls fn's code with fn in r10 (the closure context), after storing in
// *argp the address the call pushes its return address to.
FUNC(runtime.calldeferred)
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  leaq -8(%rsp), %rax
  movq %rax, (%rsi)
  movq %rdi, %r10
  call *(%rdi)
  popq %rbp
  .cfi_def_cfa %rsp, 8
  ret
  .cfi_endproc
END(runtime.calldeferred)

// func recovery(ctx *gobuf)
// Resumes the frame saved by deferproc in ctx, making deferproc return 1:
// the frames below it (the panic and the deferred call that recovered) are
// abandoned. Never returns.
FUNC(runtime.recovery)
  .cfi_startproc
  movq GOBUF_SP(%rdi), %rsp
  movq GOBUF_BP(%rdi), %rbp
  LOAD_CALLEE_SAVED(0, %rdi)
  movl $1, %eax
  jmp *GOBUF_PC(%rdi)
  .cfi_endproc
END(runtime.recovery)

// mainPC is a function value for runtime.main, to be passed to newproc.
  .section .data.rel.ro, "aw"
  .globl runtime.mainPC
  .type runtime.mainPC, @object
  .p2align 3
runtime.mainPC:
  .quad runtime.main
  .size runtime.mainPC, 8

  .section .note.GNU-stack, "", @progbits
