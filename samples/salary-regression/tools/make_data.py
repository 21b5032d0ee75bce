"""Regenerate data/SalaryData{1,2,3}.csv: salary = 28,000 + 9,300 per year of experience + noise.

Each data version extends the previous one with newly collected rows (30, 60, 120 in all).
Deterministic (fixed seed), standard library only. Run from anywhere:
    python3 tools/make_data.py
"""
import csv
import random
from pathlib import Path

SEED = 2024
BASE_SALARY = 28_000
RAISE_PER_YEAR = 9_300
NOISE_SD = 6_000
ROWS_PER_VERSION = {1: 30, 2: 60, 3: 120}
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def collect(rows: int) -> list[tuple[float, int]]:
    rng = random.Random(SEED)
    samples = []
    for _ in range(rows):
        years = round(rng.uniform(0.5, 15.0), 1)
        salary = round(BASE_SALARY + RAISE_PER_YEAR * years + rng.gauss(0, NOISE_SD))
        samples.append((years, salary))
    return samples


def main() -> None:
    samples = collect(max(ROWS_PER_VERSION.values()))
    for version, rows in ROWS_PER_VERSION.items():
        with (DATA_DIR / f"SalaryData{version}.csv").open("w", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["YearsExperience", "Salary"])
            writer.writerows(sorted(samples[:rows]))


if __name__ == "__main__":
    main()
