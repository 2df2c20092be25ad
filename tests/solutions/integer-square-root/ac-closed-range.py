def int_sqrt(n: int) -> int:
    lo = 0
    hi = n
    answer = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            answer = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return answer
