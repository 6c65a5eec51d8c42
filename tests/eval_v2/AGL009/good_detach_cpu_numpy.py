import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 1))
x_val = torch.randn(10, 5)
y_val = np.zeros((10, 1), dtype=np.float32)


def evaluate(model, x, y):
    model.eval()
    y_hat = model(x).detach().cpu().numpy()
    return float(np.mean((y_hat - y) ** 2))


print("val mse", evaluate(model, x_val, y_val))
