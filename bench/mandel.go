// bench/mandel: a float64 kernel: points of a 4000x3000 grid in the
// Mandelbrot set (at most 200 iterations each).
package main

func main() {
	const w, h, maxIter = 4000, 3000, 200
	inside := 0
	for py := 0; py < h; py++ {
		y0 := float64(py)/h*2.4 - 1.2
		for px := 0; px < w; px++ {
			x0 := float64(px)/w*3.5 - 2.5
			x, y := 0.0, 0.0
			i := 0
			for ; i < maxIter && x*x+y*y <= 4; i++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			if i == maxIter {
				inside++
			}
		}
	}
	println(inside)
}
