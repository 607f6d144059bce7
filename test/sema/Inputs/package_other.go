// The second file of sema/package_mismatch.go, in another package.
package other

func other() int { return 1 }
