// Package time measures and displays time, as Go's package time:
// Duration (with gc's String and ParseDuration), Time (Now, Since, Until,
// Sub, Add, comparisons, the calendar fields, Unix times, Format and
// String), Sleep, and timers: After, AfterFunc, NewTimer, Tick and
// NewTicker, which the runtime's timer heaps run (runtime/time.cpp), so
// that a sleeping goroutine costs no thread.
//
// A Time read by Now carries a monotonic clock reading besides the wall
// clock, as in Go: Sub, Since, Before and After between two such Times
// use it, so they are immune to wall-clock changes.
//
// Differences from gc: every Time is in UTC (Local is UTC: golc reads no
// time zone database), and Parse, time zones other than UTC
// (LoadLocation, FixedZone) and the encoding methods are missing.
package time

// A Month is a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the month ("January").
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + uitoa(uint64(m)) + ")"
}

// A Weekday is a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday").
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + uitoa(uint64(d)) + ")"
}

// uitoa formats v in decimal. (An out-of-range Month or Weekday prints
// as its bits, unsigned, as in gc.)
func uitoa(v uint64) string {
	var b [20]byte
	return string(b[fmtInt(b[:], v):])
}

// A Location is a time zone. golc knows only UTC.
type Location struct {
	name string
}

// UTC is Coordinated Universal Time.
var UTC = &utcLoc

var utcLoc = Location{"UTC"}

// Local is the system's time zone: UTC in golc.
var Local = &utcLoc

// String returns the location's name.
func (l *Location) String() string {
	return l.name
}

// A Time is an instant with nanosecond precision. The zero value is
// January 1, year 1, 00:00:00.000000000 UTC. Compare Times with Equal,
// Before and After rather than ==, which also compares the monotonic
// reading.
type Time struct {
	sec  int64 // seconds since January 1, year 1, 00:00:00 UTC
	nsec int32 // [0, 999999999]
	// A reading of the monotonic clock (runtimeNano), or 0 if the Time
	// has none: only Now sets it.
	mono int64
}

// unixToInternal is the number of seconds from January 1, year 1 to the
// Unix epoch, January 1, 1970.
const (
	secondsPerDay  = 24 * 60 * 60
	unixToInternal = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix = -unixToInternal
)

// now returns the wall clock (seconds and nanoseconds since the Unix
// epoch) and the monotonic clock. Defined by the runtime (time.cpp).
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock, the timers' clock. Defined by
// the runtime.
func runtimeNano() int64

// startNano is the monotonic clock when the program started, less one so
// that no reading is 0; String shows readings relative to it (m=+0.0012).
var startNano = runtimeNano() - 1

// Now returns the current time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, nsec, mono}
}

// Unix returns the Time of sec seconds and nsec nanoseconds since the
// Unix epoch (nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, int32(nsec), 0}
}

// UnixMilli returns the Time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the Time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Unix returns t as seconds since the Unix epoch.
func (t Time) Unix() int64 { return t.sec + internalToUnix }

// UnixMilli returns t as milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as nanoseconds since the Unix epoch.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Sub returns t-u, saturated to the Duration range; by the monotonic
// clock if both have a reading.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow or underflow.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	if t.mono != 0 {
		return subMono(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the time until t: t.Sub(Now()).
func Until(t Time) Duration {
	if t.mono != 0 {
		return subMono(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			m = 0 // overflow: drop the reading, as gc does
		}
		t.mono = m
	}
	return t
}

// AddDate returns t plus the given years, months and days, normalised as
// Date normalises (October 32 is November 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), UTC)
}

// UTC returns t in UTC (without its monotonic reading, as gc).
func (t Time) UTC() Time {
	t.mono = 0
	return t
}

// Local returns t in the local time zone (UTC in golc).
func (t Time) Local() Time {
	t.mono = 0
	return t
}

// In returns t in loc (any location is UTC in golc).
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.mono = 0
	return t
}

// Location returns t's time zone.
func (t Time) Location() *Location { return UTC }

// Round returns t rounded to a multiple of d since the zero Time (halves
// up); d <= 0 returns t without its monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := mod(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t rounded down to a multiple of d since the zero Time;
// d <= 0 returns t without its monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-mod(t, d))
}

// mod returns the time since the zero Time modulo d (> 0).
func mod(t Time, d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	if sec < 0 {
		// Only the year-1 zero Time and earlier: work on the magnitude.
		r := mod(Time{-sec - 1, int32(1e9 - 1 - nsec), 0}, d)
		return d - 1 - r
	}
	switch {
	case d%Second == 0:
		// Whole seconds: the nanoseconds ride along.
		return Duration(sec%int64(d/Second))*Second + Duration(nsec)
	case Second%(d+d) == 0:
		// d divides half a second: seconds do not matter.
		return Duration(nsec % int64(d))
	}
	// In general: (sec*1e9 + nsec) mod d, with sec*1e9 as 128 bits
	// reduced one bit at a time.
	hi, lo := mul64(uint64(sec), 1e9)
	lo1 := lo + uint64(nsec)
	if lo1 < lo {
		hi++
	}
	lo = lo1
	var r uint64
	u := uint64(d)
	for i := 127; i >= 0; i-- {
		var bit uint64
		if i >= 64 {
			bit = hi >> uint(i-64) & 1
		} else {
			bit = lo >> uint(i) & 1
		}
		r = r<<1 | bit // r < 2^63, so no overflow
		if r >= u {
			r -= u
		}
	}
	return Duration(r)
}

// mul64 returns the 128-bit product x*y.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return hi, lo
}
