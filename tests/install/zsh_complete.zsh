# zsh -f zsh_complete.zsh FPATH_DIR WORD...: what Tab offers after the words (the last word is
# the one being completed), one per line, sorted. It runs an interactive zsh on a pseudo-terminal
# (zsh/zpty) with compinit loading completions from FPATH_DIR, wraps compadd to print each match
# it is given, and presses Tab.
fpath_dir=$1
shift
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
zpty -w z "PROMPT='' RPROMPT=''; fpath=(${(q)fpath_dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'compadd() { local -a __hits; builtin compadd -O __hits "$@"; print -rl -- ${^__hits/#/"<"M">"}; builtin compadd "$@"; }'
zpty -w z "zstyle ':completion:*' menu no; unsetopt beep"
# Tab, then a mark once completion has run: what it offered is all printed before the mark.
zpty -w z 'complete-then-mark() { zle complete-word; print -r -- "<E""ND>"; }; zle -N complete-then-mark; bindkey "^I" complete-then-mark'
# Every word but the last is quoted; the last is typed as it is, so that it can be completed.
line="${(j: :)${(q)@[1,-2]}} ${@[-1]}"
zpty -w z "print -r -- '<RE''ADY>'"
zpty -r z out '*<READY>*' || exit 4
zpty -w -n z "$line"$'\t'
out=
zpty -r z out '*<END>*' || exit 4
zpty -d z
print -r -- "${out//$'\r'/}" | grep -a -o '<M>[^<]*' | sed 's/^<M>//; s/[[:space:]]*$//' | LC_ALL=C sort -u
