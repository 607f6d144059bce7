package main // RUN: %golc build -emit-tokens %s | FileCheck %s
// A byte order mark at the start of the file is skipped; columns count its
// three bytes, as gc's do.
// CHECK:      1:4 kw_package 'package'
// CHECK-NEXT: 1:12 ident 'main'
