"""Estimates Pi with Spark: the README's demo job. Deterministic for a given seed."""
import random
import sys

from pyspark.sql import SparkSession

partitions = int(sys.argv[1]) if len(sys.argv) > 1 else 4
samples = 200_000 * partitions

spark = SparkSession.builder.appName("livy-demo-pi").getOrCreate()


def inside(seed: int) -> int:
    rng = random.Random(seed)
    hits = 0
    for _ in range(samples // partitions):
        x, y = rng.random(), rng.random()
        hits += x * x + y * y <= 1.0
    return hits


count = spark.sparkContext.parallelize(range(partitions), partitions).map(inside).sum()
print(f"Pi is roughly {4.0 * count / samples:.5f} ({samples} samples in {partitions} partitions)")
spark.stop()
