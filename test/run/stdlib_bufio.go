// RUN: %gorun --stdin %s %s | FileCheck %s
// Packages bufio and io: a Scanner over standard input (this file) by
// lines, Scanners by words and runes, a Reader's ReadString, ReadRune and
// ReadLine, a Writer's buffering and Flush, and io's helpers.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	// Standard input is this file: count its lines and find one.
	in := bufio.NewScanner(os.Stdin)
	lines, marked := 0, ""
	for in.Scan() {
		lines++
		if strings.HasPrefix(in.Text(), "// Packages bufio") {
			marked = in.Text()
		}
	}
	fmt.Println(lines > 50, marked[:17], in.Err()) // CHECK: true // Packages bufio <nil>

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(words.Text(), ";")
	}
	fmt.Println(n) // CHECK-NEXT: the;quick;brown;fox;4
	runes := bufio.NewScanner(strings.NewReader("añ\xff€"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println() // CHECK-NEXT: "a" "ñ" "�" "€"
	crlf := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nlast"))
	for crlf.Scan() {
		fmt.Printf("[%s]", crlf.Text())
	}
	fmt.Println() // CHECK-NEXT: [one][two][][last]
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 20)
	fmt.Println(long.Scan(), long.Err()) // CHECK-NEXT: false bufio.Scanner: token too long

	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err) // CHECK-NEXT: "alpha\n" <nil>
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err) // CHECK-NEXT: "beta" false <nil>
	c, size, _ := r.ReadRune()
	r.UnreadRune()
	rest, err := r.ReadString('\n')
	fmt.Printf("%c %d %q %v\n", c, size, rest, err) // CHECK-NEXT: g 1 "gamma" EOF

	w := bufio.NewWriterSize(os.Stdout, 16)
	w.WriteString("buffered ")
	fmt.Println("(direct)") // CHECK-NEXT: (direct)
	w.WriteString("output")
	w.WriteByte('!')
	w.WriteRune('\n')
	fmt.Println(w.Buffered(), w.Available()) // CHECK-NEXT: buffered output!1 15
	w.Flush() // CHECK-EMPTY:

	var sb strings.Builder
	copied, err := io.Copy(&sb, strings.NewReader("copied through io.Copy"))
	fmt.Println(sb.String(), copied, err) // CHECK-NEXT: copied through io.Copy 22 <nil>
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF) // CHECK-NEXT: 2 unexpected EOF true
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err == io.EOF) // CHECK-NEXT: 0 true
	io.WriteString(os.Stdout, "io.WriteString\n") // CHECK-NEXT: io.WriteString
	all, _ := io.ReadAll(strings.NewReader("everything"))
	fmt.Println(string(all)) // CHECK-NEXT: everything
	fmt.Fprintln(io.Discard, "nothing")
}
