// RUN: %golc build -emit-ast %s | FileCheck --strict-whitespace %s
// Every statement form: simple statements, if/else-if with init, the three
// for forms and range, switch with init and tag, labels and branches, go,
// defer, return, blocks and empty statements.
package main
// CHECK:      {{^}}File main [[@LINE-1]]:1

func simple() {
	x, y := 1, 2
	x, y = y, x
	x += 3
	x <<= 1
	x++
	y--
	ch <- x
	<-ch
	f(x)
}
// CHECK:      {{^}}  FuncDecl simple [[@LINE-11]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-12]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-13]]:15
// CHECK-NEXT: {{^}}      AssignStmt := [[@LINE-13]]:2
// CHECK-NEXT: {{^}}        lhs: Ident x [[@LINE-14]]:2
// CHECK-NEXT: {{^}}        lhs: Ident y [[@LINE-15]]:5
// CHECK-NEXT: {{^}}        rhs: BasicLit int 1 [[@LINE-16]]:10
// CHECK-NEXT: {{^}}        rhs: BasicLit int 2 [[@LINE-17]]:13
// CHECK-NEXT: {{^}}      AssignStmt = [[@LINE-17]]:2
// CHECK-NEXT: {{^}}        lhs: Ident x [[@LINE-18]]:2
// CHECK-NEXT: {{^}}        lhs: Ident y [[@LINE-19]]:5
// CHECK-NEXT: {{^}}        rhs: Ident y [[@LINE-20]]:9
// CHECK-NEXT: {{^}}        rhs: Ident x [[@LINE-21]]:12
// CHECK-NEXT: {{^}}      AssignStmt += [[@LINE-21]]:2
// CHECK-NEXT: {{^}}        lhs: Ident x [[@LINE-22]]:2
// CHECK-NEXT: {{^}}        rhs: BasicLit int 3 [[@LINE-23]]:7
// CHECK-NEXT: {{^}}      AssignStmt <<= [[@LINE-23]]:2
// CHECK-NEXT: {{^}}        lhs: Ident x [[@LINE-24]]:2
// CHECK-NEXT: {{^}}        rhs: BasicLit int 1 [[@LINE-25]]:8
// CHECK-NEXT: {{^}}      IncDecStmt ++ [[@LINE-25]]:2
// CHECK-NEXT: {{^}}        Ident x [[@LINE-26]]:2
// CHECK-NEXT: {{^}}      IncDecStmt -- [[@LINE-26]]:2
// CHECK-NEXT: {{^}}        Ident y [[@LINE-27]]:2
// CHECK-NEXT: {{^}}      SendStmt [[@LINE-27]]:2
// CHECK-NEXT: {{^}}        chan: Ident ch [[@LINE-28]]:2
// CHECK-NEXT: {{^}}        value: Ident x [[@LINE-29]]:8
// CHECK-NEXT: {{^}}      ExprStmt [[@LINE-29]]:2
// CHECK-NEXT: {{^}}        UnaryExpr <- [[@LINE-30]]:2
// CHECK-NEXT: {{^}}          Ident ch [[@LINE-31]]:4
// CHECK-NEXT: {{^}}      ExprStmt [[@LINE-31]]:2
// CHECK-NEXT: {{^}}        CallExpr [[@LINE-32]]:2
// CHECK-NEXT: {{^}}          Ident f [[@LINE-33]]:2
// CHECK-NEXT: {{^}}          arg: Ident x [[@LINE-34]]:4

func ifs() {
	if x := f(); x > 0 {
	} else if x < 0 {
	} else {
	}
}
// CHECK:      {{^}}  FuncDecl ifs [[@LINE-6]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-7]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-8]]:12
// CHECK-NEXT: {{^}}      IfStmt [[@LINE-8]]:2
// CHECK-NEXT: {{^}}        init: AssignStmt := [[@LINE-9]]:5
// CHECK-NEXT: {{^}}          lhs: Ident x [[@LINE-10]]:5
// CHECK-NEXT: {{^}}          rhs: CallExpr [[@LINE-11]]:10
// CHECK-NEXT: {{^}}            Ident f [[@LINE-12]]:10
// CHECK-NEXT: {{^}}        cond: BinaryExpr > [[@LINE-13]]:15
// CHECK-NEXT: {{^}}          Ident x [[@LINE-14]]:15
// CHECK-NEXT: {{^}}          BasicLit int 0 [[@LINE-15]]:19
// CHECK-NEXT: {{^}}        then: BlockStmt [[@LINE-16]]:21
// CHECK-NEXT: {{^}}        else: IfStmt [[@LINE-16]]:9
// CHECK-NEXT: {{^}}          cond: BinaryExpr < [[@LINE-17]]:12
// CHECK-NEXT: {{^}}            Ident x [[@LINE-18]]:12
// CHECK-NEXT: {{^}}            BasicLit int 0 [[@LINE-19]]:16
// CHECK-NEXT: {{^}}          then: BlockStmt [[@LINE-20]]:18
// CHECK-NEXT: {{^}}          else: BlockStmt [[@LINE-20]]:9

func fors() {
	for {
	}
	for x < 10 {
	}
	for i := 0; i < 10; i++ {
	}
	for ; ; {
	}
	for k, v := range m {
	}
	for k = range m {
	}
	for range ch {
	}
}
// CHECK:      {{^}}  FuncDecl fors [[@LINE-16]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-17]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-18]]:13
// CHECK-NEXT: {{^}}      ForStmt [[@LINE-18]]:2
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-19]]:6
// CHECK-NEXT: {{^}}      ForStmt [[@LINE-18]]:2
// CHECK-NEXT: {{^}}        cond: BinaryExpr < [[@LINE-19]]:6
// CHECK-NEXT: {{^}}          Ident x [[@LINE-20]]:6
// CHECK-NEXT: {{^}}          BasicLit int 10 [[@LINE-21]]:10
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-22]]:13
// CHECK-NEXT: {{^}}      ForStmt [[@LINE-21]]:2
// CHECK-NEXT: {{^}}        init: AssignStmt := [[@LINE-22]]:6
// CHECK-NEXT: {{^}}          lhs: Ident i [[@LINE-23]]:6
// CHECK-NEXT: {{^}}          rhs: BasicLit int 0 [[@LINE-24]]:11
// CHECK-NEXT: {{^}}        cond: BinaryExpr < [[@LINE-25]]:14
// CHECK-NEXT: {{^}}          Ident i [[@LINE-26]]:14
// CHECK-NEXT: {{^}}          BasicLit int 10 [[@LINE-27]]:18
// CHECK-NEXT: {{^}}        post: IncDecStmt ++ [[@LINE-28]]:22
// CHECK-NEXT: {{^}}          Ident i [[@LINE-29]]:22
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-30]]:26
// CHECK-NEXT: {{^}}      ForStmt [[@LINE-29]]:2
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-30]]:10
// CHECK-NEXT: {{^}}      RangeStmt := [[@LINE-29]]:2
// CHECK-NEXT: {{^}}        key: Ident k [[@LINE-30]]:6
// CHECK-NEXT: {{^}}        value: Ident v [[@LINE-31]]:9
// CHECK-NEXT: {{^}}        x: Ident m [[@LINE-32]]:20
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-33]]:22
// CHECK-NEXT: {{^}}      RangeStmt = [[@LINE-32]]:2
// CHECK-NEXT: {{^}}        key: Ident k [[@LINE-33]]:6
// CHECK-NEXT: {{^}}        x: Ident m [[@LINE-34]]:16
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-35]]:18
// CHECK-NEXT: {{^}}      RangeStmt [[@LINE-34]]:2
// CHECK-NEXT: {{^}}        x: Ident ch [[@LINE-35]]:12
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-36]]:15

func switches() {
	switch x := f(); x {
	case 1, 2:
		fallthrough
	case 3:
	default:
		break
	}
	switch {
	case x > 1:
	}
}
// CHECK:      {{^}}  FuncDecl switches [[@LINE-12]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-13]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-14]]:17
// CHECK-NEXT: {{^}}      SwitchStmt [[@LINE-14]]:2
// CHECK-NEXT: {{^}}        init: AssignStmt := [[@LINE-15]]:9
// CHECK-NEXT: {{^}}          lhs: Ident x [[@LINE-16]]:9
// CHECK-NEXT: {{^}}          rhs: CallExpr [[@LINE-17]]:14
// CHECK-NEXT: {{^}}            Ident f [[@LINE-18]]:14
// CHECK-NEXT: {{^}}        tag: Ident x [[@LINE-19]]:19
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-20]]:21
// CHECK-NEXT: {{^}}          CaseClause [[@LINE-20]]:2
// CHECK-NEXT: {{^}}            case: BasicLit int 1 [[@LINE-21]]:7
// CHECK-NEXT: {{^}}            case: BasicLit int 2 [[@LINE-22]]:10
// CHECK-NEXT: {{^}}            BranchStmt fallthrough [[@LINE-22]]:3
// CHECK-NEXT: {{^}}          CaseClause [[@LINE-22]]:2
// CHECK-NEXT: {{^}}            case: BasicLit int 3 [[@LINE-23]]:7
// CHECK-NEXT: {{^}}          CaseClause default [[@LINE-23]]:2
// CHECK-NEXT: {{^}}            BranchStmt break [[@LINE-23]]:3
// CHECK-NEXT: {{^}}      SwitchStmt [[@LINE-22]]:2
// CHECK-NEXT: {{^}}        body: BlockStmt [[@LINE-23]]:9
// CHECK-NEXT: {{^}}          CaseClause [[@LINE-23]]:2
// CHECK-NEXT: {{^}}            case: BinaryExpr > [[@LINE-24]]:7
// CHECK-NEXT: {{^}}              Ident x [[@LINE-25]]:7
// CHECK-NEXT: {{^}}              BasicLit int 1 [[@LINE-26]]:11

func branches() {
outer:
	for {
		continue outer
	}
	goto end
end:
	;
	{
		return
	}
	go f(1)
	defer g()
}
// CHECK:      {{^}}  FuncDecl branches [[@LINE-14]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-15]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-16]]:17
// CHECK-NEXT: {{^}}      LabeledStmt outer [[@LINE-16]]:1
// CHECK-NEXT: {{^}}        ForStmt [[@LINE-16]]:2
// CHECK-NEXT: {{^}}          body: BlockStmt [[@LINE-17]]:6
// CHECK-NEXT: {{^}}            BranchStmt continue outer [[@LINE-17]]:3
// CHECK-NEXT: {{^}}      BranchStmt goto end [[@LINE-16]]:2
// CHECK-NEXT: {{^}}      LabeledStmt end [[@LINE-16]]:1
// CHECK-NEXT: {{^}}        EmptyStmt [[@LINE-16]]:2
// CHECK-NEXT: {{^}}      BlockStmt [[@LINE-16]]:2
// CHECK-NEXT: {{^}}        ReturnStmt [[@LINE-16]]:3
// CHECK-NEXT: {{^}}      GoStmt [[@LINE-15]]:2
// CHECK-NEXT: {{^}}        CallExpr [[@LINE-16]]:5
// CHECK-NEXT: {{^}}          Ident f [[@LINE-17]]:5
// CHECK-NEXT: {{^}}          arg: BasicLit int 1 [[@LINE-18]]:7
// CHECK-NEXT: {{^}}      DeferStmt [[@LINE-18]]:2
// CHECK-NEXT: {{^}}        CallExpr [[@LINE-19]]:8
// CHECK-NEXT: {{^}}          Ident g [[@LINE-20]]:8

func results() (int, error) {
	return 1, nil
}
// CHECK:      {{^}}  FuncDecl results [[@LINE-3]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-4]]:1
// CHECK-NEXT: {{^}}      result: Field [[@LINE-5]]:17
// CHECK-NEXT: {{^}}        type: Ident int [[@LINE-6]]:17
// CHECK-NEXT: {{^}}      result: Field [[@LINE-7]]:22
// CHECK-NEXT: {{^}}        type: Ident error [[@LINE-8]]:22
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-9]]:29
// CHECK-NEXT: {{^}}      ReturnStmt [[@LINE-9]]:2
// CHECK-NEXT: {{^}}        BasicLit int 1 [[@LINE-10]]:9
// CHECK-NEXT: {{^}}        Ident nil [[@LINE-11]]:12

func emptyLabel() {
	{
	L:
	}
}
// CHECK:      {{^}}  FuncDecl emptyLabel [[@LINE-5]]:1
// CHECK-NEXT: {{^}}    FuncType [[@LINE-6]]:1
// CHECK-NEXT: {{^}}    body: BlockStmt [[@LINE-7]]:19
// CHECK-NEXT: {{^}}      BlockStmt [[@LINE-7]]:2
// CHECK-NEXT: {{^}}        LabeledStmt L [[@LINE-7]]:2
// CHECK-NEXT: {{^}}          EmptyStmt implicit [[@LINE-7]]:2
