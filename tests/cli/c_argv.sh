# -c CODE: sys.argv[0] is '-c', the rest are the following words, even ones that look like flags.
"$PITH" -c 'import sys; print(sys.argv)'
"$PITH" -c 'import sys; print(sys.argv)' a b 'c d'
"$PITH" -c 'import sys; print(sys.argv)' -V --version -c x
"$PITH" -c 'import sys; print(len(sys.argv), sys.argv[1:])' ''
