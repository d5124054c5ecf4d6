# Folds `perf script` output: the exclusive (leaf) and inclusive shares of the samples whose stack contains a key.
# python3 perf-fold.py <perf script output> <key> <exclusive rows> <inclusive rows>
import sys,collections,re
key=sys.argv[2]
excl=collections.Counter(); incl=collections.Counter(); runtime=collections.Counter(); total=0; all_=0
def short(s):
    s=re.sub(r'\[OptimizedTier1\]|\[Optimized\]|\[QuickJitted\]|\[InstrumentedTier\]|\[OptimizedTier1OSR\]','',s)
    m=re.search(r'\] ([\w\.`\[\],_<>]+::[\w\.<>`|]+)\(',s)
    if m: return m.group(1)[-90:]
    return s.strip()[-90:]
stack=[]
def flush():
    global total,all_
    if not stack: return
    all_+=1
    if any(key in f for f in stack):
        total+=1
        excl[short(stack[0])]+=1
        if 'libcoreclr' in stack[0] or 'kernel' in stack[0] or 'libc.so' in stack[0]:
            # time in the runtime (allocation, GC, write barriers, casts) or the kernel, by the managed frame that called it
            caller = next((short(f) for f in stack if '::' in f), '?')
            runtime[caller]+=1
        for f in set(short(x) for x in stack): incl[f]+=1
for line in open(sys.argv[1],errors='replace'):
    if not line.strip():
        flush(); stack=[]; continue
    if line[0] not in ' \t':
        flush(); stack=[]; continue
    parts=line.strip().split(' ',1)
    stack.append(parts[1] if len(parts)>1 else parts[0])
flush()
print("samples inside the step", total, "of", all_, "in the process")
for n,w in excl.most_common(int(sys.argv[3])): print(f"{100*w/total:6.2f} {n}")
print('--- inclusive')
for n,w in incl.most_common(int(sys.argv[4])): print(f"{100*w/total:6.2f} {n}")
print('--- runtime and kernel time by the managed method that called it')
for n,w in runtime.most_common(25): print(f"{100*w/total:6.2f} {n}")
