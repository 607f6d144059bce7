# The walkthrough of docs/boot-path.md, as a batch gdb session.
set pagination off
set print demangle off
set backtrace past-main on

# rt0_go -> newproc -> systemstack -> newproc.func1 -> newproc1, on g0.
break runtime.newproc1
run
backtrace

# Before gostartcallfn: sched.pc is goexit + PCQuantum.
break runtime.gostartcallfn
continue
printf "before: sched.sp = stack.hi - %d\n", ((g *)gobuf->g)->stack.hi - gobuf->sp
info symbol gobuf->pc

# After: pc is runtime.main, the word at sp the fake return address
# goexit+1, ctxt the funcval mainPC.
finish
info symbol newg->sched.pc
printf "sched.pc == &runtime.main: %d\n", newg->sched.pc == (uintptr_t)&'runtime.main'
info symbol *(uintptr_t *)newg->sched.sp
printf "*sched.sp == goexit+1: %d\n", *(uintptr_t *)newg->sched.sp == (uintptr_t)&'runtime.goexit' + 1
printf "sched.ctxt == &mainPC: %d\n", newg->sched.ctxt == &'runtime.mainPC'

# newproc1 returns goroutine 1, runnable; newproc.func1 puts it in runnext.
finish
set $newg = $
printf "goid %d, atomicstatus %d (_Grunnable = %d)\n", $newg->goid, $newg->atomicstatus, _Grunnable
break runtime.runqput
continue
set $pp = pp
printf "runqput(next=%d) of goroutine %d\n", next, gp->goid
finish
printf "runnext is goroutine 1: %d\n", $pp->runnext == $newg

# mstart -> mstart0 -> mstart1 -> schedule -> execute -> gogo.
break runtime.execute
continue
backtrace 6
break runtime.gogo
continue
info symbol ((gobuf *)$rdi)->pc

# On goroutine 1's stack: main.main called by runtime.main, above goexit.
break main.main
continue
backtrace
