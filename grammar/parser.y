/*
 * grammar/parser.y -- tokens to AST (bison, LALR(1), pure, heap stack).
 *
 * The grammar follows CPython 3.11's python.gram where LALR(1) allows and the
 * old LL(1) Grammar/Grammar shape where it does not: assignment targets are
 * parsed as expressions and checked afterwards (ast_check_target), parameters
 * and call arguments are parsed as flat item lists and checked in order, and
 * `with (` is disambiguated by the lexer (WITH_LPAREN).
 *
 * Errors raised inside actions are recorded in the Parser; the lexer wrapper
 * then returns ERRORTOKEN so the parse stops at the next token.
 */

%code requires {
#include "grammar/internal.h"
}

%code provides {
int pplex(SemVal *lval, Loc *lloc, Parser *p);
}

%code top {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
}

%define api.pure full
%define api.prefix {pp}
%define api.token.prefix {T_}
%define api.value.type {SemVal}
%define api.location.type {Loc}
%define parse.error custom
%locations
%param {Parser *p}

%code {
/* Nesting is bounded elsewhere (brackets 200, indentation 100, expression
 * depth MAX_EXPR_DEPTH); this only has to be deep enough not to trip first. */
#define YYMAXDEPTH 10000000
#define YYINITDEPTH 256

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
    do {                                                              \
        if (N) {                                                      \
            (Cur).line = YYRHSLOC(Rhs, 1).line;                       \
            (Cur).col = YYRHSLOC(Rhs, 1).col;                         \
            (Cur).end_line = YYRHSLOC(Rhs, N).end_line;               \
            (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                 \
        } else {                                                      \
            (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line; \
            (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;     \
        }                                                             \
    } while (0)

static void pperror(Loc *loc, Parser *p, const char *msg);

static Vec *vec1(Parser *p, void *x) { return vec_push(p->arena, vec_new(p->arena), x); }
static Vec *push(Parser *p, Vec *v, void *x) { return vec_push(p->arena, v, x); }
static Vec *append_all(Parser *p, Vec *dst, Vec *src)
{
    for (int i = 0; i < src->n; i++)
        dst = vec_push(p->arena, dst, src->v[i]);
    return dst;
}
static StmtList stmts(Vec *v) { return ast_stmtlist(v); }
static Stmt *import_from(Parser *p, const char *module, int level, Vec *names, Loc loc)
{
    Stmt *s = ast_stmt(p, S_IMPORTFROM, loc);
    s->u.import.module = module;
    s->u.import.level = level;
    s->u.import.names.n = names->n;
    s->u.import.names.v = (Alias **)names->v;
    return s;
}
static StmtList no_stmts(void) { StmtList s = { 0, NULL }; return s; }

/* An elif chain nests in the tree (elif = an If alone in orelse), so its
 * length is bounded like expression depth: tree walkers recurse on it. */
typedef struct IfNode { Stmt s; int chain; } IfNode;

static Stmt *if_stmt(Parser *p, Expr *test, Vec *body, Vec *orelse, Loc loc)
{
    IfNode *n = arena_alloc(p->arena, sizeof *n);
    Stmt *s = &n->s;
    s->kind = S_IF;
    s->loc = loc;
    n->chain = 1;
    if (orelse && orelse->n == 1 && ((Stmt *)orelse->v[0])->kind == S_IF) {
        n->chain += ((IfNode *)orelse->v[0])->chain;
        if (n->chain > MAX_EXPR_DEPTH)
            parser_error_at(p, loc, "too many nested 'elif' clauses");
    }
    s->u.cond.test = test;
    s->u.cond.body = stmts(body);
    s->u.cond.orelse = orelse ? stmts(orelse) : no_stmts();
    return s;
}

static Expr *first_or_tuple(Parser *p, Vec *v, bool comma, Loc loc)
{
    return (v->n == 1 && !comma) ? (Expr *)v->v[0] : ast_tuple_of(p, v, loc);
}

static char *join_dotted(Parser *p, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = arena_alloc(p->arena, la + lb + 2);
    memcpy(s, a, la);
    s[la] = '.';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

/* Displays: the element list with a flag for "had a comma" (tuple vs group). */
typedef struct Elems { Vec *v; bool comma; } Elems;
}

%token END 0 "end of file"
%token <name> NAME
%token <expr> NUMBER
%token <str> STRING
%token <op> AUGASSIGN
%token NEWLINE INDENT DEDENT ERRORTOKEN BADCHAR
%token START_FILE START_EVAL START_FSTRING
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
%token ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
%token NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD
%token ELLIPSIS ARROW WALRUS POW FLOORDIV LSHIFT RSHIFT EQEQ NE LE GE WITH_LPAREN

%type <vec> file_input stmt simple_stmt small_stmts suite stmts assign_targets
%type <vec> decorators elif_chain else_opt handlers with_items
%type <vec> dotted_as_names import_as_names names import_targets
%type <vec> param_list lparam_list params_opt lparams_opt arglist call_args
%type <vec> exprlist_items test_list star_list elems_comma comp_clauses dict_list strings subscript_items
%type <stmt> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt
%type <stmt> funcdef classdef decorated import_stmt
%type <expr> testlist_star_expr testlist test or_test and_test not_test comparison expr
%type <expr> xor_expr and_expr shift_expr arith term factor power primary atom
%type <expr> expr_or_star namedexpr_test star_expr ne_or_star lambdef yield_expr rhs exprlist
%type <expr> return_opt decorator subscripts subscript opt_test slice_step test_or_star
%type <expr> paren_atom list_atom brace_atom
%type <op> comp_op
%type <name> dotted_name
%type <param> param_item lparam_item
%type <arg> argument
%type <comp> comp_for_clause
%type <handler> handler
%type <withitem> with_item
%type <alias> dotted_as_name import_as_name
%type <op> dots_count
%type <arguments> lambda_args

%%

start
    : START_FILE file_input END         { p->body = stmts($2); }
    | START_EVAL testlist newlines END  { p->body = stmts(vec1(p, ast_expr_stmt(p, $2, @2))); }
    | START_FSTRING fstring_input END
    ;

newlines
    : %empty
    | newlines NEWLINE
    ;

fstring_input
    : testlist_star_expr  { p->body = stmts(vec1(p, ast_expr_stmt(p, $1, @1))); }
    | yield_expr          { p->body = stmts(vec1(p, ast_expr_stmt(p, $1, @1))); }
    ;

file_input
    : %empty              { $$ = vec_new(p->arena); }
    | file_input NEWLINE  { $$ = $1; }
    | file_input stmt     { $$ = append_all(p, $1, $2); }
    ;

stmt
    : simple_stmt
    | compound_stmt       { $$ = vec1(p, $1); @$.end_line = $1->loc.end_line; @$.end_col = $1->loc.end_col; }
    ;

/* a statement ends with its last token, not with the NEWLINE */
simple_stmt
    : small_stmts NEWLINE      { $$ = $1; @$ = @1; }
    | small_stmts ';' NEWLINE  { $$ = $1; @$ = @1; }
    ;

small_stmts
    : small_stmt                  { $$ = vec1(p, $1); }
    | small_stmts ';' small_stmt  { $$ = push(p, $1, $3); }
    ;

small_stmt
    : expr_stmt
    | DEL exprlist                { $$ = ast_del(p, $2, @$); }
    | PASS                        { $$ = ast_stmt(p, S_PASS, @$); }
    | BREAK                       { $$ = ast_stmt(p, S_BREAK, @$); }
    | CONTINUE                    { $$ = ast_stmt(p, S_CONTINUE, @$); }
    | RETURN                      { $$ = ast_stmt(p, S_RETURN, @$); }
    | RETURN testlist_star_expr   { $$ = ast_stmt(p, S_RETURN, @$); $$->u.expr = $2; }
    | RAISE                       { $$ = ast_stmt(p, S_RAISE, @$); }
    | RAISE test                  { $$ = ast_stmt(p, S_RAISE, @$); $$->u.raise.exc = $2; }
    | RAISE test FROM test        { $$ = ast_stmt(p, S_RAISE, @$); $$->u.raise.exc = $2; $$->u.raise.cause = $4; }
    | GLOBAL names                { $$ = ast_stmt(p, S_GLOBAL, @$); $$->u.names.n = $2->n; $$->u.names.v = (const char **)$2->v; }
    | NONLOCAL names              { $$ = ast_stmt(p, S_NONLOCAL, @$); $$->u.names.n = $2->n; $$->u.names.v = (const char **)$2->v; }
    | ASSERT test                 { $$ = ast_stmt(p, S_ASSERT, @$); $$->u.assert_.test = $2; }
    | ASSERT test ',' test        { $$ = ast_stmt(p, S_ASSERT, @$); $$->u.assert_.test = $2; $$->u.assert_.msg = $4; }
    | import_stmt
    ;

expr_stmt
    : testlist_star_expr                    { $$ = ast_expr_stmt(p, $1, @$); }
    | yield_expr                            { $$ = ast_expr_stmt(p, $1, @$); }
    | testlist_star_expr ':' test           { $$ = ast_annassign(p, $1, $3, NULL, @$); }
    | testlist_star_expr ':' test '=' rhs   { $$ = ast_annassign(p, $1, $3, $5, @$); }
    | testlist_star_expr AUGASSIGN rhs      { $$ = ast_augassign(p, $1, $2, $3, @$); }
    | assign_targets rhs                    { $$ = ast_assign(p, $1, $2, @$); }
    ;

assign_targets
    : testlist_star_expr '='                { $$ = vec1(p, $1); }
    | yield_expr '='                        { $$ = vec1(p, $1); }
    | assign_targets testlist_star_expr '=' { $$ = push(p, $1, $2); }
    | assign_targets yield_expr '='         { $$ = push(p, $1, $2); }
    ;

rhs
    : testlist_star_expr
    | yield_expr
    ;

names
    : NAME             { $$ = vec1(p, (void *)$1); }
    | names ',' NAME   { $$ = push(p, $1, (void *)$3); }
    ;

import_stmt
    : IMPORT dotted_as_names {
        $$ = ast_stmt(p, S_IMPORT, @$);
        $$->u.import.names.n = $2->n;
        $$->u.import.names.v = (Alias **)$2->v;
    }
    | FROM dotted_name IMPORT import_targets              { $$ = import_from(p, $2, 0, $4, @$); }
    | FROM dots_count dotted_name IMPORT import_targets   { $$ = import_from(p, $3, $2, $5, @$); }
    | FROM dots_count IMPORT import_targets               { $$ = import_from(p, NULL, $2, $4, @$); }
    ;

import_targets
    : '*'                           { $$ = vec1(p, ast_alias(p, "*", NULL, @1)); }
    | '(' import_as_names ')'       { $$ = $2; }
    | '(' import_as_names ',' ')'   { $$ = $2; }
    | import_as_names
    | import_as_names ',' {
        parser_error(p, "SyntaxError", @2.line, @2.end_col, @2.end_col + 1,
                     "trailing comma not allowed without surrounding parentheses");
        $$ = $1;
    }
    ;

dots_count
    : '.'                 { $$ = 1; }
    | ELLIPSIS            { $$ = 3; }
    | dots_count '.'      { $$ = $1 + 1; }
    | dots_count ELLIPSIS { $$ = $1 + 3; }
    ;

import_as_names
    : import_as_name                      { $$ = vec1(p, $1); }
    | import_as_names ',' import_as_name  { $$ = push(p, $1, $3); }
    ;

import_as_name
    : NAME           { $$ = ast_alias(p, $1, NULL, @$); }
    | NAME AS NAME   { $$ = ast_alias(p, $1, $3, @$); }
    ;

dotted_as_names
    : dotted_as_name                      { $$ = vec1(p, $1); }
    | dotted_as_names ',' dotted_as_name  { $$ = push(p, $1, $3); }
    ;

dotted_as_name
    : dotted_name          { $$ = ast_alias(p, $1, NULL, @$); }
    | dotted_name AS NAME  { $$ = ast_alias(p, $1, $3, @$); }
    ;

dotted_name
    : NAME                  { $$ = $1; }
    | dotted_name '.' NAME  { $$ = join_dotted(p, $1, $3); }
    ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | ASYNC funcdef    { $$ = $2; $$->u.funcdef.is_async = true; $$->loc.line = @1.line; $$->loc.col = @1.col; }
    | ASYNC with_stmt  { $$ = $2; $$->u.with.is_async = true; $$->loc.line = @1.line; $$->loc.col = @1.col; }
    ;

suite
    : simple_stmt
    | NEWLINE INDENT stmts DEDENT   { $$ = $3; @$.end_line = @3.end_line; @$.end_col = @3.end_col; }
    ;

stmts
    : stmt
    | stmts stmt  { $$ = append_all(p, $1, $2); @$.end_line = @2.end_line; @$.end_col = @2.end_col; }
    ;

if_stmt
    : IF namedexpr_test ':' suite elif_chain  { $$ = if_stmt(p, $2, $4, $5, @$); }
    ;

elif_chain
    : %empty                                    { $$ = NULL; }
    | ELSE ':' suite                            { $$ = $3; }
    | ELIF namedexpr_test ':' suite elif_chain  { $$ = vec1(p, if_stmt(p, $2, $4, $5, @$)); }
    ;

else_opt
    : %empty          { $$ = NULL; }
    | ELSE ':' suite  { $$ = $3; }
    ;

while_stmt
    : WHILE namedexpr_test ':' suite else_opt {
        $$ = ast_stmt(p, S_WHILE, @$);
        $$->u.cond.test = $2;
        $$->u.cond.body = stmts($4);
        $$->u.cond.orelse = $5 ? stmts($5) : no_stmts();
    }
    ;

for_stmt
    : FOR exprlist IN testlist_star_expr ':' suite else_opt {
        $$ = ast_for(p, $2, $4, stmts($6), $7 ? stmts($7) : no_stmts(), @$);
    }
    ;

try_stmt
    : TRY ':' suite handlers else_opt {
        $$ = ast_stmt(p, S_TRY, @$);
        $$->u.try_.body = stmts($3);
        $$->u.try_.handlers.n = $4->n;
        $$->u.try_.handlers.v = (ExceptHandler **)$4->v;
        $$->u.try_.orelse = $5 ? stmts($5) : no_stmts();
    }
    | TRY ':' suite handlers else_opt FINALLY ':' suite {
        $$ = ast_stmt(p, S_TRY, @$);
        $$->u.try_.body = stmts($3);
        $$->u.try_.handlers.n = $4->n;
        $$->u.try_.handlers.v = (ExceptHandler **)$4->v;
        $$->u.try_.orelse = $5 ? stmts($5) : no_stmts();
        $$->u.try_.finalbody = stmts($8);
    }
    | TRY ':' suite FINALLY ':' suite {
        $$ = ast_stmt(p, S_TRY, @$);
        $$->u.try_.body = stmts($3);
        $$->u.try_.finalbody = stmts($6);
    }
    ;

handlers
    : handler           { $$ = vec1(p, $1); }
    | handlers handler  { $$ = push(p, $1, $2); }
    ;

handler
    : EXCEPT ':' suite                { $$ = ast_handler(p, NULL, NULL, stmts($3), @$); }
    | EXCEPT test ':' suite           { $$ = ast_handler(p, $2, NULL, stmts($4), @$); }
    | EXCEPT test AS NAME ':' suite   { $$ = ast_handler(p, $2, $4, stmts($6), @$); }
    ;

with_stmt
    : WITH with_items ':' suite                       { $$ = ast_with(p, $2, stmts($4), @$); }
    | WITH WITH_LPAREN with_items ')' ':' suite       { $$ = ast_with(p, $3, stmts($6), @$); }
    | WITH WITH_LPAREN with_items ',' ')' ':' suite   { $$ = ast_with(p, $3, stmts($7), @$); }
    ;

with_items
    : with_item                 { $$ = vec1(p, $1); }
    | with_items ',' with_item  { $$ = push(p, $1, $3); }
    ;

with_item
    : test          { $$ = ast_withitem(p, $1, NULL); }
    | test AS expr  { $$ = ast_withitem(p, $1, $3); }
    ;

funcdef
    : DEF NAME '(' params_opt ')' return_opt ':' suite {
        $$ = ast_funcdef(p, $2, ast_arguments(p, $4, false), $6, stmts($8), @$);
    }
    ;

return_opt
    : %empty      { $$ = NULL; }
    | ARROW test  { $$ = $2; }
    ;

classdef
    : CLASS NAME ':' suite                   { $$ = ast_classdef(p, $2, NULL, stmts($4), @$); }
    | CLASS NAME '(' call_args ')' ':' suite { $$ = ast_classdef(p, $2, $4, stmts($7), @$); }
    ;

decorated
    : decorators funcdef   { $$ = ast_decorated(p, $1, $2); }
    | decorators ASYNC funcdef {
        $$ = ast_decorated(p, $1, $3);
        $$->u.funcdef.is_async = true;
        $$->loc.line = @2.line;
        $$->loc.col = @2.col;
    }
    | decorators classdef  { $$ = ast_decorated(p, $1, $2); }
    ;

decorators
    : decorator             { $$ = vec1(p, $1); }
    | decorators decorator  { $$ = push(p, $1, $2); }
    ;

decorator
    : '@' namedexpr_test NEWLINE  { $$ = $2; }
    ;

params_opt
    : %empty            { $$ = vec_new(p->arena); }
    | param_list
    | param_list ','
    ;

param_list
    : param_item                 { $$ = vec1(p, $1); }
    | param_list ',' param_item  { $$ = push(p, $1, $3); }
    ;

param_item
    : NAME                   { $$ = ast_param(p, PI_PLAIN, $1, NULL, NULL, @$); }
    | NAME ':' test          { $$ = ast_param(p, PI_PLAIN, $1, $3, NULL, @$); }
    | NAME '=' test          { $$ = ast_param(p, PI_PLAIN, $1, NULL, $3, @$); }
    | NAME ':' test '=' test { $$ = ast_param(p, PI_PLAIN, $1, $3, $5, @$); }
    | '/'                    { $$ = ast_param(p, PI_SLASH, NULL, NULL, NULL, @$); }
    | '*'                    { $$ = ast_param(p, PI_STAR, NULL, NULL, NULL, @$); }
    | '*' NAME               { $$ = ast_param(p, PI_STAR, $2, NULL, NULL, @$); }
    | '*' NAME ':' test      { $$ = ast_param(p, PI_STAR, $2, $4, NULL, @$); }
    | POW NAME               { $$ = ast_param(p, PI_STARSTAR, $2, NULL, NULL, @$); }
    | POW NAME ':' test      { $$ = ast_param(p, PI_STARSTAR, $2, $4, NULL, @$); }
    | POW NAME '=' test {
        parser_error(p, "SyntaxError", @3.line, @3.col, @3.end_col, "var-keyword argument cannot have default value");
        $$ = ast_param(p, PI_STARSTAR, $2, NULL, NULL, @$);
    }
    ;

lparams_opt
    : %empty            { $$ = vec_new(p->arena); }
    | lparam_list
    | lparam_list ','
    ;

lparam_list
    : lparam_item                  { $$ = vec1(p, $1); }
    | lparam_list ',' lparam_item  { $$ = push(p, $1, $3); }
    ;

lparam_item
    : NAME           { $$ = ast_param(p, PI_PLAIN, $1, NULL, NULL, @$); }
    | NAME '=' test  { $$ = ast_param(p, PI_PLAIN, $1, NULL, $3, @$); }
    | '/'            { $$ = ast_param(p, PI_SLASH, NULL, NULL, NULL, @$); }
    | '*'            { $$ = ast_param(p, PI_STAR, NULL, NULL, NULL, @$); }
    | '*' NAME       { $$ = ast_param(p, PI_STAR, $2, NULL, NULL, @$); }
    | POW NAME       { $$ = ast_param(p, PI_STARSTAR, $2, NULL, NULL, @$); }
    ;

/* ---- expressions ---- */

/* Comma-separated sequences: one element without a comma is itself, anything
 * else a tuple. */
testlist_star_expr
    : star_list       { $$ = first_or_tuple(p, $1, false, @$); }
    | star_list ','   { $$ = first_or_tuple(p, $1, true, @$); }
    ;

star_list
    : test_or_star                  { $$ = vec1(p, $1); }
    | star_list ',' test_or_star    { $$ = push(p, $1, $3); }
    ;

test_or_star
    : test
    | star_expr
    ;

testlist
    : test_list       { $$ = first_or_tuple(p, $1, false, @$); }
    | test_list ','   { $$ = first_or_tuple(p, $1, true, @$); }
    ;

test_list
    : test                 { $$ = vec1(p, $1); }
    | test_list ',' test   { $$ = push(p, $1, $3); }
    ;

exprlist
    : exprlist_items       { $$ = first_or_tuple(p, $1, false, @$); }
    | exprlist_items ','   { $$ = first_or_tuple(p, $1, true, @$); }
    ;

exprlist_items
    : expr_or_star                     { $$ = vec1(p, $1); }
    | exprlist_items ',' expr_or_star  { $$ = push(p, $1, $3); }
    ;

expr_or_star
    : expr
    | star_expr
    ;

namedexpr_test
    : test
    | test WALRUS test  { $$ = ast_named(p, $1, $3, @$); }
    ;

test
    : or_test
    | or_test IF { p->ifexp_body = $1; } or_test ELSE test  { $$ = ast_ifexp(p, $1, $4, $6, @$); }
    | lambdef
    ;

lambdef
    : LAMBDA lambda_args ':' test  { $$ = ast_lambda(p, $2, $4, @$); }
    ;

/* reduced with ':' as lookahead: CPython reports lambda parameter errors there */
lambda_args
    : lparams_opt  { $$ = ast_arguments(p, $1, true); }
    ;

or_test
    : and_test                { $$ = $1; p->last_disjunction = $$; }
    | or_test OR and_test     { $$ = ast_boolop(p, false, $1, $3, @$); p->last_disjunction = $$; }
    ;

and_test
    : not_test
    | and_test AND not_test   { $$ = ast_boolop(p, true, $1, $3, @$); }
    ;

not_test
    : NOT not_test  { $$ = ast_unary(p, UOP_NOT, $2, @$); }
    | comparison
    ;

comparison
    : expr
    | comparison comp_op expr  { $$ = ast_compare(p, $1, (CmpOp)$2, $3, @$); }
    ;

comp_op
    : '<'      { $$ = CMP_LT; }
    | '>'      { $$ = CMP_GT; }
    | EQEQ     { $$ = CMP_EQ; }
    | GE       { $$ = CMP_GE; }
    | LE       { $$ = CMP_LE; }
    | NE       { $$ = CMP_NE; }
    | IN       { $$ = CMP_IN; }
    | NOT IN   { $$ = CMP_NOT_IN; }
    | IS       { $$ = CMP_IS; }
    | IS NOT   { $$ = CMP_IS_NOT; }
    ;

star_expr
    : '*' expr  { $$ = ast_starred(p, $2, @$); }
    ;

expr
    : xor_expr
    | expr '|' xor_expr  { $$ = ast_binop(p, $1, OP_BITOR, $3, @$); }
    ;

xor_expr
    : and_expr
    | xor_expr '^' and_expr  { $$ = ast_binop(p, $1, OP_BITXOR, $3, @$); }
    ;

and_expr
    : shift_expr
    | and_expr '&' shift_expr  { $$ = ast_binop(p, $1, OP_BITAND, $3, @$); }
    ;

shift_expr
    : arith
    | shift_expr LSHIFT arith  { $$ = ast_binop(p, $1, OP_LSHIFT, $3, @$); }
    | shift_expr RSHIFT arith  { $$ = ast_binop(p, $1, OP_RSHIFT, $3, @$); }
    ;

arith
    : term
    | arith '+' term  { $$ = ast_binop(p, $1, OP_ADD, $3, @$); }
    | arith '-' term  { $$ = ast_binop(p, $1, OP_SUB, $3, @$); }
    ;

term
    : factor
    | term '*' factor       { $$ = ast_binop(p, $1, OP_MUL, $3, @$); }
    | term '/' factor       { $$ = ast_binop(p, $1, OP_TRUEDIV, $3, @$); }
    | term FLOORDIV factor  { $$ = ast_binop(p, $1, OP_FLOORDIV, $3, @$); }
    | term '%' factor       { $$ = ast_binop(p, $1, OP_MOD, $3, @$); }
    | term '@' factor       { $$ = ast_binop(p, $1, OP_MATMUL, $3, @$); }
    ;

factor
    : '+' factor  { $$ = ast_unary(p, UOP_POS, $2, @$); }
    | '-' factor  { $$ = ast_unary(p, UOP_NEG, $2, @$); }
    | '~' factor  { $$ = ast_unary(p, UOP_INVERT, $2, @$); }
    | power
    ;

power
    : primary
    | primary POW factor        { $$ = ast_binop(p, $1, OP_POW, $3, @$); }
    | AWAIT primary             { $$ = ast_await(p, $2, @$); }
    | AWAIT primary POW factor  { $$ = ast_binop(p, ast_await(p, $2, @$), OP_POW, $4, @$); }
    ;

primary
    : atom
    | primary '.' NAME                { $$ = ast_attribute(p, $1, $3, @$); }
    | primary '(' call_args ')'       {
        /* f(x for x in y): the generator's parentheses are the call's */
        if ($3->n == 1 && ((ArgItem *)$3->v[0])->kind == AI_GENEXP) {
            Expr *g = ((ArgItem *)$3->v[0])->value;
            g->loc.line = @2.line;
            g->loc.col = @2.col;
            g->loc.end_line = @4.end_line;
            g->loc.end_col = @4.end_col;
        }
        $$ = ast_call(p, $1, $3, @$);
    }
    | primary '[' subscripts ']'      { $$ = ast_subscript(p, $1, $3, @$); }
    ;

atom
    : NAME      { $$ = ast_name(p, $1, @$); }
    | NUMBER    { $$ = $1; }
    | strings   { $$ = ast_strings(p, $1, @$); }
    | ELLIPSIS  { $$ = ast_expr(p, E_ELLIPSIS, @$); }
    | NONE      { $$ = ast_expr(p, E_NONE, @$); }
    | TRUE      { $$ = ast_expr(p, E_TRUE, @$); }
    | FALSE     { $$ = ast_expr(p, E_FALSE, @$); }
    | paren_atom
    | list_atom
    | brace_atom
    ;

strings
    : STRING          { $$ = vec1(p, $1); }
    | strings STRING  { $$ = push(p, $1, $2); }
    ;

paren_atom
    : '(' ')'                     { $$ = ast_group(p, ast_tuple_of(p, vec_new(p->arena), @$), @$); }
    | '(' yield_expr ')'          { $$ = ast_group(p, $2, @$); }
    | '(' ne_or_star ')'          {
        if ($2->kind == E_STARRED && !ast_is_parenthesized($2))
            parser_error_at(p, $2->loc, "cannot use starred expression here");
        $$ = ast_group(p, $2, @$);
    }
    | '(' ne_or_star comp_clauses ')'  { $$ = ast_group(p, ast_comp(p, E_GENEXP, $2, NULL, $3, @$), @$); }
    | '(' elems_comma ')'              { $$ = ast_group(p, ast_tuple_of(p, $2, @$), @$); }
    | '(' elems_comma ne_or_star ')'   { $$ = ast_group(p, ast_tuple_of(p, push(p, $2, $3), @$), @$); }
    ;

list_atom
    : '[' ']'                          { $$ = ast_seq(p, E_LIST, vec_new(p->arena), @$); }
    | '[' ne_or_star ']'               { $$ = ast_seq(p, E_LIST, vec1(p, $2), @$); }
    | '[' ne_or_star comp_clauses ']'  { $$ = ast_comp(p, E_LISTCOMP, $2, NULL, $3, @$); }
    | '[' elems_comma ']'              { $$ = ast_seq(p, E_LIST, $2, @$); }
    | '[' elems_comma ne_or_star ']'   { $$ = ast_seq(p, E_LIST, push(p, $2, $3), @$); }
    ;

brace_atom
    : '{' '}'                          { $$ = ast_dict(p, vec_new(p->arena), @$); }
    | '{' ne_or_star '}'               { $$ = ast_seq(p, E_SET, vec1(p, $2), @$); }
    | '{' ne_or_star comp_clauses '}'  { $$ = ast_comp(p, E_SETCOMP, $2, NULL, $3, @$); }
    | '{' elems_comma '}'              { $$ = ast_seq(p, E_SET, $2, @$); }
    | '{' elems_comma ne_or_star '}'   { $$ = ast_seq(p, E_SET, push(p, $2, $3), @$); }
    | '{' dict_list '}'                { $$ = ast_dict(p, $2, @$); }
    | '{' dict_list ',' '}'            { $$ = ast_dict(p, $2, @$); }
    | '{' test ':' test comp_clauses '}' { $$ = ast_comp(p, E_DICTCOMP, $2, $4, $5, @$); }
    ;

/* key, value, key, value, ... (a NULL key stands for **mapping) */
dict_list
    : test ':' test                { $$ = push(p, vec1(p, $1), $3); }
    | POW expr                     { $$ = push(p, vec1(p, NULL), $2); }
    | dict_list ',' test ':' test  { $$ = push(p, push(p, $1, $3), $5); }
    | dict_list ',' POW expr       { $$ = push(p, push(p, $1, NULL), $4); }
    ;

elems_comma
    : ne_or_star ','              { $$ = vec1(p, $1); }
    | elems_comma ne_or_star ','  { $$ = push(p, $1, $2); }
    ;

ne_or_star
    : namedexpr_test
    | star_expr
    ;

comp_clauses
    : comp_for_clause                 { $$ = vec1(p, $1); }
    | comp_clauses comp_for_clause    { $$ = push(p, $1, $2); }
    | comp_clauses IF or_test {
        Comprehension *c = $1->v[$1->n - 1];
        Vec tmp = { c->ifs.n, c->ifs.n, (void **)c->ifs.v };
        Vec *ifs = push(p, &tmp, $3);
        c->ifs.n = ifs->n; c->ifs.v = (Expr **)ifs->v;
        $$ = $1;
    }
    ;

comp_for_clause
    : FOR exprlist IN or_test  { $$ = ast_comprehension(p, $2, $4); }
    | ASYNC FOR exprlist IN or_test  { $$ = ast_comprehension(p, $3, $5); $$->is_async = true; }
    ;

call_args
    : %empty          { $$ = vec_new(p->arena); }
    | arglist
    | arglist ','
    ;

arglist
    : argument              { $$ = vec1(p, $1); }
    | arglist ',' argument  { $$ = push(p, $1, $3); }
    ;

argument
    : namedexpr_test               { $$ = ast_argitem(p, AI_POS, NULL, $1, @$); }
    | test comp_clauses            { $$ = ast_argitem(p, AI_GENEXP, NULL, ast_comp(p, E_GENEXP, $1, NULL, $2, @$), @$); }
    | test '=' test                { $$ = ast_argitem(p, AI_KEYWORD, $1, $3, @$); }
    | '*' test                     { $$ = ast_argitem(p, AI_STAR, NULL, ast_starred(p, $2, @$), @$); }
    | POW test                     { $$ = ast_argitem(p, AI_STARSTAR, NULL, $2, @$); }
    ;

subscripts
    : subscript_items      {
        /* a[*b] indexes with a one-element tuple */
        Expr *only = $1->v[0];
        bool star = $1->n == 1 && only->kind == E_STARRED && !ast_is_parenthesized(only);
        $$ = first_or_tuple(p, $1, star, @$);
    }
    | subscript_items ','  { $$ = first_or_tuple(p, $1, true, @$); }
    ;

subscript_items
    : subscript                      { $$ = vec1(p, $1); }
    | subscript_items ',' subscript  { $$ = push(p, $1, $3); }
    ;

subscript
    : namedexpr_test
    | star_expr
    | opt_test ':' opt_test slice_step  {
        Loc l = @$;
        if (!$1) {   /* an empty lower bound: the slice starts at ':' */
            l.line = @2.line;
            l.col = @2.col;
        }
        $$ = ast_slice(p, $1, $3, $4, l);
    }
    ;

opt_test
    : %empty  { $$ = NULL; }
    | test
    ;

slice_step
    : %empty        { $$ = NULL; }
    | ':' opt_test  { $$ = $2; }
    ;

yield_expr
    : YIELD                     { $$ = ast_yield(p, E_YIELD, NULL, @$); }
    | YIELD FROM test           { $$ = ast_yield(p, E_YIELD_FROM, $3, @$); }
    | YIELD testlist_star_expr  { $$ = ast_yield(p, E_YIELD, $2, @$); }
    ;

%%

int pplex(SemVal *lval, Loc *lloc, Parser *p)
{
    Token t;
    if (p->failed) {
        /* an action reported an error: stop at the next token */
        memset(&t, 0, sizeof t);
        t.kind = T_ERRORTOKEN;
        t.loc = p->last.loc;
    } else {
        lexer_next(&p->lx, &t);
        if (t.kind == T_ERRORTOKEN && p->lx.failed && !p->failed) {
            *p->err = p->lx.err;
            p->failed = true;
            p->lexer_failed = true;
        }
    }
    p->prev = p->last;
    p->last = t;
    *lval = t.val;
    *lloc = t.loc;
    return t.kind;
}

static void pperror(Loc *loc, Parser *p, const char *msg)
{
    (void)msg;
    parser_error(p, "SyntaxError", loc->line, loc->col, loc->col + 1, "too many nested parentheses");
}

/* ---- syntax errors: CPython 3.11's messages for what LALR(1) stops at ---- */

static bool expects(const yysymbol_kind_t *expected, int n, yysymbol_kind_t sym)
{
    for (int i = 0; i < n; i++)
        if (expected[i] == sym)
            return true;
    return false;
}

static bool starts_expression(int kind)
{
    switch (kind) {
    case T_NAME: case T_NUMBER: case T_STRING: case '(': case '[': case '{': case '-': case '+':
    case '~': case T_NOT: case T_LAMBDA: case T_AWAIT: case T_NONE: case T_TRUE: case T_FALSE:
    case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool is_block_keyword(int kind)
{
    switch (kind) {
    case T_IF: case T_ELIF: case T_ELSE: case T_WHILE: case T_FOR: case T_TRY: case T_EXCEPT:
    case T_FINALLY: case T_WITH: case T_DEF: case T_CLASS:
        return true;
    default:
        return false;
    }
}

static const char *block_description(int kind)
{
    switch (kind) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_TRY: return "'try' statement";
    case T_EXCEPT: return "'except' statement";
    case T_FINALLY: return "'finally' statement";
    case T_WITH: return "'with' statement";
    case T_DEF: return "function definition";
    case T_CLASS: return "class definition";
    default: return "statement";
    }
}

/* The disjunction that ends right where the offending token starts, if any
 * (CPython's invalid_expression / invalid_named_expression look at it). */
static Expr *disjunction_before_lookahead(Parser *p)
{
    Expr *a = p->last_disjunction;
    if (!a || a->loc.end_line != p->prev.loc.end_line || a->loc.end_col != p->prev.loc.end_col)
        return NULL;
    return a;
}

static bool is_legacy_statement_name(const Expr *e)
{
    return e->kind == E_NAME && !ast_is_parenthesized(e) &&
           (strcmp(e->u.name, "print") == 0 || strcmp(e->u.name, "exec") == 0);
}

static void report_syntax_error(Parser *p, const yysymbol_kind_t *expected, int n)
{
    Token *la = &p->last;
    Lexer *lx = &p->lx;
    Loc at = la->loc;
    if (la->kind == T_INDENT) {
        parser_error(p, "IndentationError", at.line, at.col, at.end_col, "unexpected indent");
        p->no_retokenize = true;
        return;
    }
    if (n == 1 && expected[0] == YYSYMBOL_INDENT) {
        parser_error(p, "IndentationError", at.line, at.col, at.end_col,
                     "expected an indented block after %s on line %d", block_description(lx->head_kind),
                     lx->head_line);
        if (la->kind == T_END || (la->kind == T_DEDENT && lx->eof))
            p->err->incomplete = true;
        return;
    }
    if (la->kind == T_NEWLINE && expects(expected, n, YYTRANSLATE(':')) && is_block_keyword(lx->head_kind)) {
        parser_error(p, "SyntaxError", at.line, at.col, at.end_col, "expected ':'");
        return;
    }
    if (expects(expected, n, YYSYMBOL_EXCEPT) && expects(expected, n, YYSYMBOL_FINALLY) &&
        !expects(expected, n, YYSYMBOL_ELSE)) {
        parser_error(p, "SyntaxError", at.line, at.col, at.end_col, "expected 'except' or 'finally' block");
        return;
    }
    Expr *a = disjunction_before_lookahead(p);
    if (a && p->ifexp_body && expects(expected, n, YYSYMBOL_ELSE) && la->kind != ':') {
        Expr *body = p->ifexp_body;
        parser_error(p, "SyntaxError", body->loc.line, body->loc.col, a->loc.end_col,
                     "expected 'else' after 'if' expression");
        return;
    }
    if (a && la->kind == '=' && !ast_is_parenthesized(a) &&
        (lx->level > 0 || lx->cur_head_kind == T_IF || lx->cur_head_kind == T_ELIF || lx->cur_head_kind == T_WHILE)) {
        if (a->kind == E_NAME)
            parser_error(p, "SyntaxError", a->loc.line, a->loc.col, at.end_col,
                         "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        else
            parser_error(p, "SyntaxError", a->loc.line, a->loc.col, a->loc.end_col,
                         "cannot assign to %s here. Maybe you meant '==' instead of '='?", ast_expr_name(a));
        return;
    }
    if (a && starts_expression(la->kind)) {
        if (is_legacy_statement_name(a)) {
            parser_error(p, "SyntaxError", a->loc.line, a->loc.col, at.end_col,
                         "Missing parentheses in call to '%s'. Did you mean %s(...)?", a->u.name, a->u.name);
            return;
        }
        if ((lx->level > 0 || lx->no_indent) && !(a->kind == E_NAME && la->kind == T_STRING)) {
            parser_error(p, "SyntaxError", a->loc.line, a->loc.col, la->loc.end_col,
                         "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
    if (a && la->kind == ',' && lx->cur_head_kind == T_EXCEPT && lx->level == 0) {
        parser_error(p, "SyntaxError", a->loc.line, a->loc.col, a->loc.end_col,
                     "multiple exception types must be parenthesized");
        return;
    }
    if (la->kind == T_DEDENT && !lx->eof) {
        parser_error(p, "IndentationError", at.line, at.col, at.col + 1, "unexpected unindent");
        p->no_retokenize = true;
        return;
    }
    parser_error(p, "SyntaxError", at.line, at.col, at.end_col > at.col ? at.end_col : at.col + 1, "invalid syntax");
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
    if (p->failed)
        return 0;
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    if (n < 0)
        n = 0;
    report_syntax_error(p, expected, n);
    return 0;
}

int parser_run(Parser *p)
{
    return ppparse(p);
}
