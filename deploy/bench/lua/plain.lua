-- GET of the URL given to wrk (list pages, deep page, export, report); Accept from BENCH_ACCEPT.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
