// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A byte order mark is only allowed as the file's first character.
package main

// CHECK: invalid_bom.go:[[@LINE+1]]:11: invalid BOM in the middle of the file
var x = 1 ﻿
