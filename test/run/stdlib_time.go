// RUN: %gorun %s | FileCheck %s
// Package time: Duration arithmetic, String and ParseDuration; Sleep,
// Now, Since and Sub on the monotonic clock; Timer, After, AfterFunc,
// Ticker and Tick on the runtime's timers (Stop and Reset included); and
// calendar times (Date, Unix, Format, Add, Truncate), in UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 1500, time.Microsecond, 2500 * time.Microsecond, 100 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second + 1,
		-2 * time.Minute, 1<<63 - 1} {
		fmt.Print(d, " ")
	}
	fmt.Println() // CHECK: 0s 1ns 1.5µs 1µs 2.5ms 100ms 1s 1.5s 1m30s 1h30m5.000000001s -2m0s 2562047h47m16.854775807s
	d := 2*time.Hour + 45*time.Minute + 30500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Round(time.Hour), d.Truncate(time.Minute)) // CHECK-NEXT: 2.758472222222222 165.50833333333333 9930.5 9930500 3h0m0s 2h45m0s
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1us", "1µs", "4x", "", "10"} {
		p, err := time.ParseDuration(s)
		fmt.Println(p, err)
	}
	// CHECK-NEXT: 300ms <nil>
	// CHECK-NEXT: -1h30m0s <nil>
	// CHECK-NEXT: 2h45m0s <nil>
	// CHECK-NEXT: 1µs <nil>
	// CHECK-NEXT: 1µs <nil>
	// CHECK-NEXT: 0s time: unknown unit "x" in duration "4x"
	// CHECK-NEXT: 0s time: invalid duration ""
	// CHECK-NEXT: 0s time: missing unit in duration "10"

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 20*time.Millisecond, elapsed < 5*time.Second, time.Now().After(start), start.Before(time.Now())) // CHECK-NEXT: true true true true

	t := time.NewTimer(10 * time.Millisecond)
	v := <-t.C
	fmt.Println(!v.Before(start), t.Stop()) // CHECK-NEXT: true false
	t.Reset(time.Hour)
	fmt.Println(t.Stop(), t.Reset(time.Millisecond)) // CHECK-NEXT: true false
	<-t.C

	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after") // CHECK-NEXT: after
	case <-make(chan int):
	}

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done) // CHECK-NEXT: afterfunc ran
	stopped := time.AfterFunc(time.Hour, func() { panic("must not run") })
	fmt.Println(stopped.Stop()) // CHECK-NEXT: true

	tk := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 5 {
			tk.Stop()
			break
		}
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticks:", ticks) // CHECK-NEXT: ticks: 5
	c := time.Tick(time.Millisecond)
	<-c
	<-c
	fmt.Println(time.Tick(0) == nil) // CHECK-NEXT: true

	timeout := time.After(50 * time.Millisecond)
	work := make(chan int)
	go func() {
		time.Sleep(time.Second)
		work <- 1
	}()
	select {
	case <-work:
		fmt.Println("work")
	case <-timeout:
		fmt.Println("timeout") // CHECK-NEXT: timeout
	}

	u := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(u) // CHECK-NEXT: 2009-11-10 23:04:05.123456789 +0000 UTC
	fmt.Println(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Nanosecond(), u.Weekday(), u.YearDay()) // CHECK-NEXT: 2009 November 10 23 4 5 123456789 Tuesday 314
	fmt.Println(u.Format(time.RFC3339), u.Format(time.RFC1123), u.Format(time.Kitchen)) // CHECK-NEXT: 2009-11-10T23:04:05Z Tue, 10 Nov 2009 23:04:05 UTC 11:04PM
	fmt.Println(u.Format("2006-01-02 15:04:05.000 Mon Jan _2 pm"), u.Format(time.StampMicro)) // CHECK-NEXT: 2009-11-10 23:04:05.123 Tue Nov 10 pm Nov 10 23:04:05.123456
	fmt.Println(u.Unix(), u.UnixMilli(), time.Unix(0, 0).UTC(), time.Unix(1e9, 5).UTC().Format(time.RFC3339Nano)) // CHECK-NEXT: 1257894245 1257894245123 1970-01-01 00:00:00 +0000 UTC 2001-09-09T01:46:40.000000005Z
	v2 := u.Add(36*time.Hour + time.Second)
	fmt.Println(v2, v2.Sub(u), v2.After(u), u.Equal(u.Add(0))) // CHECK-NEXT: 2009-11-12 11:04:06.123456789 +0000 UTC 36h0m1s true true
	fmt.Println(u.AddDate(0, 1, 25).Format("2006-01-02"), time.Date(2024, 2, 30, 25, 0, 0, 0, time.UTC).Format(time.ANSIC)) // CHECK-NEXT: 2010-01-04 Sat Mar  2 01:00:00 2024
	fmt.Println(u.Truncate(time.Hour), u.Round(time.Second)) // CHECK-NEXT: 2009-11-10 23:00:00 +0000 UTC 2009-11-10 23:04:05 +0000 UTC
	var z time.Time
	fmt.Println(z.IsZero(), z, z.Unix()) // CHECK-NEXT: true 0001-01-01 00:00:00 +0000 UTC -62135596800
	fmt.Println(time.March, time.Saturday, time.Month(13)) // CHECK-NEXT: March Saturday %!Month(13)
}
