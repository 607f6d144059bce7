package time

// The calendar (proleptic Gregorian, UTC) and Format.

// These are the layouts of Go's package time, for Format.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

const (
	daysPer400Years = 365*400 + 97
	daysPer100Years = 365*100 + 24
	daysPer4Years   = 365*4 + 1
)

// daysBefore[m] is the number of days before month m+1 in a common year.
var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// floorDiv returns a/b rounded down, and the remainder a - q*b in [0, b).
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// days returns the days since January 1, year 1, and the seconds into
// the day.
func (t Time) days() (days int64, secOfDay int) {
	d, s := floorDiv(t.sec, secondsPerDay)
	return d, int(s)
}

// civil returns the date of day number d (0 is January 1, year 1), and
// the day of the year (0-based).
func civil(d int64) (year int, month Month, day int, yday int) {
	n400, d := floorDiv(d, daysPer400Years)
	n100 := d / daysPer100Years
	if n100 == 4 {
		n100 = 3 // the last day of a leap 400th year
	}
	d -= n100 * daysPer100Years
	n4 := d / daysPer4Years
	d -= n4 * daysPer4Years
	n1 := d / 365
	if n1 == 4 {
		n1 = 3 // the last day of a leap year
	}
	d -= n1 * 365
	year = int(1 + 400*n400 + 100*n100 + 4*n4 + n1)
	yday = int(d)
	day = yday
	if isLeap(year) {
		switch {
		case day == 31+29-1:
			return year, February, 29, yday
		case day > 31+29-1:
			day-- // count as in a common year
		}
	}
	m := day / 31 // a first guess, at most one too small
	if day >= daysBefore[m+1] {
		m++
	}
	return year, Month(m + 1), day - daysBefore[m] + 1, yday
}

// daysBeforeYear returns the day number of January 1 of year.
func daysBeforeYear(year int) int64 {
	y := int64(year) - 1
	q4, _ := floorDiv(y, 4)
	q100, _ := floorDiv(y, 100)
	q400, _ := floorDiv(y, 400)
	return 365*y + q4 - q100 + q400
}

// norm returns hi, lo normalised so that 0 <= lo < base, carrying into
// hi.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of the given date and clock in loc (which golc
// treats as UTC). Values out of their ranges carry over: October 32 is
// November 1, and hour 24 is the next day.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysBeforeYear(year) + int64(daysBefore[m]) + int64(day-1)
	if isLeap(year) && m >= int(March)-1 {
		days++
	}
	abs := days*secondsPerDay + int64(hour*3600+min*60+sec)
	return Time{abs, int32(nsec), 0}
}

// Date returns t's year, month and day.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	year, month, day, _ = civil(d)
	return year, month, day
}

// Year returns t's year.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns t's month.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns t's day of the month.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// YearDay returns t's day of the year, 1 to 366.
func (t Time) YearDay() int {
	d, _ := t.days()
	_, _, _, yday := civil(d)
	return yday + 1
}

// Weekday returns t's day of the week.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	_, w := floorDiv(d+1, 7) // January 1, year 1 was a Monday
	return Weekday(w)
}

// Clock returns t's hour, minute and second.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return s / 3600, s / 60 % 60, s % 60
}

// Hour returns t's hour, 0 to 23.
func (t Time) Hour() int {
	_, s := t.days()
	return s / 3600
}

// Minute returns t's minute, 0 to 59.
func (t Time) Minute() int {
	_, s := t.days()
	return s / 60 % 60
}

// Second returns t's second, 0 to 59.
func (t Time) Second() int {
	_, s := t.days()
	return s % 60
}

// Nanosecond returns the nanoseconds within t's second.
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// String returns t as "2006-01-02 15:04:05.999999999 -0700 MST", plus
// the monotonic reading relative to the start of the program
// (" m=+0.001234567") if t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := uint64(t.mono - startNano)
		sign := byte('+')
		if t.mono-startNano < 0 {
			sign = '-'
			m = -m
		}
		m1, m2 := m/1e9, m%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// appendInt appends x in decimal, its digits zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [20]byte
	i := fmtInt(buf[:], u)
	for pad := width - (len(buf) - i); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// The elements of a layout (see nextChunk).
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".000": digits is the count, sep the '.' or ','
	stdFracSecond9 // ".999": the same, without trailing zeros
)

// std0x holds the elements "01" to "06".
var std0x = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

// A chunk is an element of a layout and its parameters.
type chunk struct {
	std    int
	digits int  // stdFracSecond*: how many digits
	sep    byte // stdFracSecond*: '.' or ','
}

func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

// nextChunk finds the first element of layout ("2006", "Jan", "15",
// ".000", ...) and returns the literal text before it, the element, and
// the text after it (std is stdNone if there is none). Letters after
// "Jan" or "Mon" make them plain text ("Month" is not "Mon"+"th").
func nextChunk(layout string) (prefix string, c chunk, suffix string) {
	for i := 0; i < len(layout); i++ {
		std, n := stdNone, 0 // the element at i and its length
		switch layout[i] {
		case 'J':
			if hasPrefixAt(layout, i, "January") {
				std, n = stdLongMonth, 7
			} else if hasPrefixAt(layout, i, "Jan") && !startsWithLowerCase(layout[i+3:]) {
				std, n = stdMonth, 3
			}
		case 'M':
			switch {
			case hasPrefixAt(layout, i, "Monday"):
				std, n = stdLongWeekDay, 6
			case hasPrefixAt(layout, i, "Mon") && !startsWithLowerCase(layout[i+3:]):
				std, n = stdWeekDay, 3
			case hasPrefixAt(layout, i, "MST"):
				std, n = stdTZ, 3
			}
		case '0':
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				std, n = std0x[layout[i+1]-'1'], 2
			} else if hasPrefixAt(layout, i, "002") {
				std, n = stdZeroYearDay, 3
			}
		case '1':
			if hasPrefixAt(layout, i, "15") {
				std, n = stdHour, 2
			} else {
				std, n = stdNumMonth, 1
			}
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				std, n = stdLongYear, 4
			} else {
				std, n = stdDay, 1
			}
		case '_':
			if hasPrefixAt(layout, i, "_2006") {
				// A literal '_' before the year.
				return layout[:i+1], chunk{std: stdLongYear}, layout[i+5:]
			}
			if hasPrefixAt(layout, i, "_2") {
				std, n = stdUnderDay, 2
			} else if hasPrefixAt(layout, i, "__2") {
				std, n = stdUnderYearDay, 3
			}
		case '3':
			std, n = stdHour12, 1
		case '4':
			std, n = stdMinute, 1
		case '5':
			std, n = stdSecond, 1
		case 'P':
			if hasPrefixAt(layout, i, "PM") {
				std, n = stdPM, 2
			}
		case 'p':
			if hasPrefixAt(layout, i, "pm") {
				std, n = stdpm, 2
			}
		case '-':
			switch {
			case hasPrefixAt(layout, i, "-070000"):
				std, n = stdNumSecondsTz, 7
			case hasPrefixAt(layout, i, "-07:00:00"):
				std, n = stdNumColonSecondsTZ, 9
			case hasPrefixAt(layout, i, "-0700"):
				std, n = stdNumTZ, 5
			case hasPrefixAt(layout, i, "-07:00"):
				std, n = stdNumColonTZ, 6
			case hasPrefixAt(layout, i, "-07"):
				std, n = stdNumShortTZ, 3
			}
		case 'Z':
			switch {
			case hasPrefixAt(layout, i, "Z070000"):
				std, n = stdISO8601SecondsTZ, 7
			case hasPrefixAt(layout, i, "Z07:00:00"):
				std, n = stdISO8601ColonSecondsTZ, 9
			case hasPrefixAt(layout, i, "Z0700"):
				std, n = stdISO8601TZ, 5
			case hasPrefixAt(layout, i, "Z07:00"):
				std, n = stdISO8601ColonTZ, 6
			case hasPrefixAt(layout, i, "Z07"):
				std, n = stdISO8601ShortTZ, 3
			}
		case '.', ',':
			// A run of 0s or 9s, not followed by another digit.
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !(j < len(layout) && '0' <= layout[j] && layout[j] <= '9') {
					c := chunk{stdFracSecond0, j - (i + 1), layout[i]}
					if d == '9' {
						c.std = stdFracSecond9
					}
					return layout[:i], c, layout[j:]
				}
			}
		}
		if std != stdNone {
			return layout[:i], chunk{std: std}, layout[i+n:]
		}
	}
	return layout, chunk{}, ""
}

// Format returns t written after layout, which shows how the reference
// time Mon Jan 2 15:04:05 MST 2006 would be written: "2006-01-02",
// "15:04:05.000", time.RFC3339, ...
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	days, secOfDay := t.days()
	year, month, day, yday := civil(days)
	yday++
	hour, min, sec := secOfDay/3600, secOfDay/60%60, secOfDay%60
	for layout != "" {
		prefix, c, suffix := nextChunk(layout)
		b = append(b, prefix...)
		if c.std == stdNone {
			break
		}
		layout = suffix
		switch c.std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			width := 0
			if c.std == stdZeroHour12 {
				width = 2
			}
			b = appendInt(b, hr, width)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ,
			stdISO8601ColonSecondsTZ:
			b = append(b, 'Z') // the offset is always 0: UTC
		case stdNumTZ:
			b = append(b, "+0000"...)
		case stdNumSecondsTz:
			b = append(b, "+000000"...)
		case stdNumShortTZ:
			b = append(b, "+00"...)
		case stdNumColonTZ:
			b = append(b, "+00:00"...)
		case stdNumColonSecondsTZ:
			b = append(b, "+00:00:00"...)
		case stdTZ:
			b = append(b, "UTC"...)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, int(t.nsec), c)
		}
	}
	return b
}

// appendNano appends the fraction of a second for c: a separator and
// c.digits digits, or for stdFracSecond9 as many as are not trailing
// zeros (nothing for a whole second).
func appendNano(b []byte, nanosec int, c chunk) []byte {
	trim := c.std == stdFracSecond9
	if trim && (c.digits == 0 || nanosec == 0) {
		return b
	}
	b = append(b, c.sep)
	b = appendInt(b, nanosec, 9)
	if c.digits < 9 {
		b = b[:len(b)-9+c.digits]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == c.sep {
			b = b[:len(b)-1]
		}
	}
	return b
}
