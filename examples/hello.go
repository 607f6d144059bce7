// hello: the first program. println writes to standard error, as in gc.
package main

func main() {
	println("Hello, golc!")
}
