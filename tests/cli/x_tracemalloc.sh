# -X tracemalloc[=N] and the environment variable (PITHTRACEMALLOC for pith, PYTHONTRACEMALLOC
# for python3: both are set) start tracing at launch; a bad N stops before running anything.
code='import tracemalloc; x = [str(i) for i in range(100)]; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory()[0] > 0)'
"$PITH" -c "$code"
"$PITH" -X tracemalloc -c "$code"
"$PITH" -X tracemalloc=5 -c "$code"
"$PITH" -Xtracemalloc=2 -c "$code"
"$PITH" -X tracemalloc=0 -c "$code"
"$PITH" -X utf8 -c "$code"
PITHTRACEMALLOC=3 PYTHONTRACEMALLOC=3 "$PITH" -c "$code"
PITHTRACEMALLOC=0 PYTHONTRACEMALLOC=0 "$PITH" -c "$code"
PITHTRACEMALLOC=4 PYTHONTRACEMALLOC=4 "$PITH" -X tracemalloc=2 -c "$code"
"$PITH" -X tracemalloc=abc -c "print('not run')" 2>/dev/null
echo "status $?"
"$PITH" -X tracemalloc=70000 -c "print('not run')" 2>/dev/null
echo "status $?"
