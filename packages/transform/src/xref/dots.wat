;; Dot products of int8 word vectors with WebAssembly SIMD: the innermost loop of comparing
;; claims, where plain JavaScript spends about 3 ns per dimension. Built into dots.wasm by
;; `npm run build:wasm -w @corroborate/transform`; a test checks the two files agree.
;;
;; Memory (owned by the caller): each vector is a row of 112 bytes (100 dimensions and 12
;; zeros, so a row is seven 16-byte lanes), row r at rows + 112 r.
(module
  (memory (export "memory") 1)

  ;; out[i] = row(o) · row(ranks[i]) for i < n, as int32 (exact: |sum| <= 100 * 127 * 127);
  ;; 0 where ranks[i] < 0 (a word without a vector). ranks and out are arrays of int32.
  (func (export "dots") (param $rows i32) (param $o i32) (param $ranks i32) (param $n i32) (param $out i32)
    (local $x0 v128) (local $x1 v128) (local $x2 v128) (local $x3 v128) (local $x4 v128) (local $x5 v128) (local $x6 v128)
    (local $acc v128) (local $y i32) (local $r i32) (local $end i32)
    ;; Row o stays in registers while every other row is read once.
    (local.set $y (i32.add (local.get $rows) (i32.mul (local.get $o) (i32.const 112))))
    (local.set $x0 (v128.load offset=0 (local.get $y)))
    (local.set $x1 (v128.load offset=16 (local.get $y)))
    (local.set $x2 (v128.load offset=32 (local.get $y)))
    (local.set $x3 (v128.load offset=48 (local.get $y)))
    (local.set $x4 (v128.load offset=64 (local.get $y)))
    (local.set $x5 (v128.load offset=80 (local.get $y)))
    (local.set $x6 (v128.load offset=96 (local.get $y)))
    (local.set $end (i32.add (local.get $ranks) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ranks) (local.get $end)))
        (local.set $r (i32.load (local.get $ranks)))
        (if (i32.lt_s (local.get $r) (i32.const 0))
          (then (i32.store (local.get $out) (i32.const 0)))
          (else
            (local.set $y (i32.add (local.get $rows) (i32.mul (local.get $r) (i32.const 112))))
            (local.set $acc (call $lane (local.get $x0) (v128.load offset=0 (local.get $y))))
            (local.set $acc (i32x4.add (local.get $acc) (call $lane (local.get $x1) (v128.load offset=16 (local.get $y)))))
            (local.set $acc (i32x4.add (local.get $acc) (call $lane (local.get $x2) (v128.load offset=32 (local.get $y)))))
            (local.set $acc (i32x4.add (local.get $acc) (call $lane (local.get $x3) (v128.load offset=48 (local.get $y)))))
            (local.set $acc (i32x4.add (local.get $acc) (call $lane (local.get $x4) (v128.load offset=64 (local.get $y)))))
            (local.set $acc (i32x4.add (local.get $acc) (call $lane (local.get $x5) (v128.load offset=80 (local.get $y)))))
            (local.set $acc (i32x4.add (local.get $acc) (call $lane (local.get $x6) (v128.load offset=96 (local.get $y)))))
            (i32.store (local.get $out)
              (i32.add
                (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
                (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))))
        (local.set $ranks (i32.add (local.get $ranks) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $next))))

  ;; Products of 16 int8 pairs, summed into four int32 lanes.
  (func $lane (param $a v128) (param $b v128) (result v128)
    (i32x4.add
      (i32x4.extadd_pairwise_i16x8_s (i16x8.extmul_low_i8x16_s (local.get $a) (local.get $b)))
      (i32x4.extadd_pairwise_i16x8_s (i16x8.extmul_high_i8x16_s (local.get $a) (local.get $b)))))
)
